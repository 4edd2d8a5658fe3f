namespace CeBench.Reporting;

/// <summary>The charts of a report; each figure carries its kind as <c>data-chart</c>.</summary>
public static class ChartKinds
{
    public const string LatencyOverTime = "latency-over-time";
    public const string LatencyCdf = "latency-cdf";
    public const string Throughput = "throughput";
    public const string InFlight = "in-flight";
    public const string Outcomes = "outcomes";
    public const string Decomposition = "decomposition";
    public const string CdfOverlay = "cdf-overlay";
    public const string QuantileShift = "quantile-shift";

    /// <summary>The charts of every case of a run.</summary>
    public static IReadOnlyList<string> PerCase { get; } = [LatencyOverTime, LatencyCdf, Throughput, InFlight, Outcomes, Decomposition];

    /// <summary>The charts of every workload present in both runs of a comparison.</summary>
    public static IReadOnlyList<string> PerComparedWorkload { get; } = [CdfOverlay, QuantileShift];
}
