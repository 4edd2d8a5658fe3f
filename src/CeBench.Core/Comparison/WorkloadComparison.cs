namespace CeBench.Core.Comparison;

/// <summary>
/// One row of a comparison: a workload within a case present in both runs, or a whole case
/// (<see cref="Analysis.RunSummarizer.AllWorkloads"/>).
/// </summary>
public sealed record WorkloadComparison
{
    public required string Case { get; init; }

    public required string Workload { get; init; }

    public required SideSummary Before { get; init; }

    public required SideSummary After { get; init; }

    public required LatencyComparison Latency { get; init; }

    public required ErrorRateComparison Errors { get; init; }

    /// <summary>Slower beyond the threshold, or significantly more errors: what fails a CI gate.</summary>
    public bool IsRegression => Latency.Verdict == LatencyVerdict.Slower || Errors.Verdict == ErrorRateVerdict.More;
}
