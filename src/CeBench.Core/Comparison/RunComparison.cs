namespace CeBench.Core.Comparison;

/// <summary>Everything a comparison of two runs found: one row per (case, workload) both have, and the warnings.</summary>
public sealed record RunComparison
{
    public required ComparedRun Before { get; init; }

    public required ComparedRun After { get; init; }

    public required ComparisonSettings Settings { get; init; }

    public required IReadOnlyList<WorkloadComparison> Rows { get; init; }

    /// <summary>Sentences, without the "warning:" that the output puts in front.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Some row got slower beyond the threshold or failed significantly more often.</summary>
    public bool HasRegression => Rows.Any(r => r.IsRegression);
}
