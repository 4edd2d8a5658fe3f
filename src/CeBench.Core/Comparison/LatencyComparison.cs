namespace CeBench.Core.Comparison;

/// <summary>How after's successful latencies compare with before's for one row.</summary>
public sealed record LatencyComparison
{
    /// <summary>Hodges-Lehmann shift after - before, ms; null when a side has no successful request.</summary>
    public IntervalEstimate? Shift { get; init; }

    /// <summary>Hodges-Lehmann ratio after / before; null when a side has no successful request.</summary>
    public IntervalEstimate? Ratio { get; init; }

    /// <summary>
    /// One-sided Mann-Whitney p-value of "after is slower than before beyond the threshold";
    /// null when the verdict is unknown for lack of samples.
    /// </summary>
    public double? SlowerPValue { get; init; }

    public required LatencyVerdict Verdict { get; init; }
}
