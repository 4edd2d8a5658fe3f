using CeBench.Core.Analysis;
using CeBench.Core.Client;
using CeBench.Core.Records;

namespace CeBench.Core.Comparison;

/// <summary>
/// One run's side of a comparison row: its counts and its latency quantiles with 95 % intervals.
/// Latencies are those of successful requests only (the outcome the workload expects); failures
/// are counted, never timed.
/// </summary>
public sealed record SideSummary
{
    public long Scheduled { get; init; }

    public long Sent { get; init; }

    public long Successful { get; init; }

    /// <summary>Sent requests that did not end as the workload expects.</summary>
    public long Failed { get; init; }

    /// <summary>Never sent: the in-flight cap was reached.</summary>
    public long Dropped { get; init; }

    public IntervalEstimate? Median { get; init; }

    public IntervalEstimate? P95 { get; init; }

    public IntervalEstimate? P99 { get; init; }

    /// <summary>Failed over sent (0..1); null when nothing was sent.</summary>
    public double? ErrorRate => Sent == 0 ? null : (double)Failed / Sent;

    /// <summary>The latencies of the successful requests, in ms, in record order.</summary>
    public IReadOnlyList<double> Latencies { get; init; } = [];

    public static SideSummary Of(IReadOnlyList<RequestRecord> records)
    {
        var latencies = records.Where(r => r.Expected).Select(r => r.LatencyMs).ToArray();
        return new SideSummary
        {
            Scheduled = records.Count,
            Sent = records.Count(r => r.SentMs is not null),
            Successful = latencies.Length,
            Failed = records.Count(r => r.SentMs is not null && !r.Expected),
            Dropped = records.Count(r => r.Outcome == Outcome.Dropped),
            Median = Quantile(latencies, 0.50),
            P95 = Quantile(latencies, 0.95),
            P99 = Quantile(latencies, 0.99),
            Latencies = latencies,
        };
    }

    private static IntervalEstimate? Quantile(double[] latencies, double p) => latencies.Length switch
    {
        0 => null,
        1 => new IntervalEstimate(latencies[0], double.NaN, double.NaN),
        _ => Quantiles.HarrellDavisInterval(latencies, p, ComparisonSettings.Confidence) is { } ci
            ? new IntervalEstimate(ci.Estimation, ci.Lower, ci.Upper)
            : null,
    };
}
