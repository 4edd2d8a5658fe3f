namespace CeBench.Core.Analysis;

/// <summary>
/// One row of a run's summary: a workload within a case, or the case as a whole
/// (<see cref="RunSummarizer.AllWorkloads"/>). Latency figures are over successful requests
/// (those whose outcome the workload expects); times in milliseconds.
/// </summary>
public sealed record WorkloadStats
{
    public required string Case { get; init; }

    public required string Workload { get; init; }

    public long Scheduled { get; init; }

    /// <summary>Requests left out as warm-up (sustained runs).</summary>
    public long Warmup { get; init; }

    public long Sent { get; init; }

    public long Successful { get; init; }

    /// <summary>Sent requests that did not end as the workload expects.</summary>
    public long Errors { get; init; }

    public long Dropped { get; init; }

    public long Cancelled { get; init; }

    public IReadOnlyDictionary<string, long> Outcomes { get; init; } = new Dictionary<string, long>();

    public double? P50 { get; init; }

    public double? P95 { get; init; }

    public double? P99 { get; init; }

    public double? Mean { get; init; }

    /// <summary>Errors over sent requests, in percent.</summary>
    public double ErrorPercent => Sent == 0 ? 0 : 100.0 * Errors / Sent;

    public double TargetRps { get; init; }

    public double AchievedRps { get; init; }

    public double? LagP99 { get; init; }

    public double? QueueP50 { get; init; }

    public double? CompileP50 { get; init; }

    /// <summary>p95 of latency over the workload's median compile time in the same run.</summary>
    public double? SlowdownP95 { get; init; }

    /// <summary>Successful requests whose latency fell outside the header's baseline band.</summary>
    public long? BaselineViolations { get; init; }
}
