using CeBench.LocalCe.Catalog;

namespace CeBench.LocalCe.Scheduling;

/// <summary>A validated compile request as the scheduler and the backends see it.</summary>
public sealed record CompileJob
{
    /// <summary>Arrival number; the model backend's noise is a function of it, so any order does the same work.</summary>
    public required long Sequence { get; init; }

    public required CompilerConfig Compiler { get; init; }

    public required string Source { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public IReadOnlyList<LibraryVersionConfig> LibraryVersions { get; init; } = [];

    /// <summary>What the libraries add in the cost table.</summary>
    public double LibraryCostMs { get; init; }

    public bool Execute { get; init; }

    public required JobShape Shape { get; init; }
}
