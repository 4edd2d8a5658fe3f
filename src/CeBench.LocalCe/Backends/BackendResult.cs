using System.Text.Json;

namespace CeBench.LocalCe.Backends;

/// <summary>What a backend produced for one job; times in milliseconds.</summary>
public sealed record BackendResult
{
    public required int Code { get; init; }

    public required double ExecTimeMs { get; init; }

    public IReadOnlyList<string> Stdout { get; init; } = [];

    public IReadOnlyList<string> Stderr { get; init; } = [];

    public IReadOnlyList<string> Asm { get; init; } = [];

    public bool TimedOut { get; init; }

    public bool Truncated { get; init; }

    public JsonElement? ExecResult { get; init; }
}
