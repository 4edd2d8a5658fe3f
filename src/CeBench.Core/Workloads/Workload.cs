namespace CeBench.Core.Workloads;

/// <summary>
/// One workload: a physical .cpp file and what its header says about it (design.md section 3).
/// <see cref="Source"/> is the whole file, header included, so compiler line numbers match the file.
/// </summary>
public sealed record Workload
{
    public const string DefaultLang = "c++";

    public required string Name { get; init; }

    public required string FilePath { get; init; }

    public required string Source { get; init; }

    public string Description { get; init; } = "";

    /// <summary>options.userArguments; may be empty.</summary>
    public string UserArguments { get; init; } = "";

    public IReadOnlyList<LibraryRef> Libraries { get; init; } = [];

    /// <summary>The compiler this workload needs; null means the run's compiler.</summary>
    public string? Compiler { get; init; }

    public string Lang { get; init; } = DefaultLang;

    public WorkloadExpectation Expect { get; init; } = WorkloadExpectation.Success;

    /// <summary>Also run the program (filters.execute).</summary>
    public bool Execute { get; init; }

    /// <summary>Share in a mixed run.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Expected latency band when the service is idle; null when the header gives none.</summary>
    public int? BaselineMinMs { get; init; }

    public int? BaselineMaxMs { get; init; }
}
