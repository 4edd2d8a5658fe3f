using CeBench.Core.Wire;

namespace CeBench.Core.Client;

/// <summary>What one HTTP attempt produced, already classified; the resilience pipeline decides on it.</summary>
public sealed record AttemptResult
{
    public required Outcome Outcome { get; init; }

    /// <summary>Null when no HTTP answer arrived.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>The parsed compile result, when the body was one.</summary>
    public CompileResponseBody? Response { get; init; }

    /// <summary>Why, in words: the status line, the exception, the stale-queue text.</summary>
    public string Detail { get; init; } = "";

    /// <summary>The server's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
