using CeBench.Core.Client;

namespace CeBench.Core.Records;

/// <summary>
/// What one scheduled request experienced (design.md section 5). Times are milliseconds from the
/// run's start on one monotonic clock; latency is measured from the intended start, so a slow
/// generator or a stalled target can never hide queueing (no coordinated omission).
/// </summary>
public sealed record RequestRecord
{
    /// <summary>The benchmark case the request belongs to (e.g. Isolated(boost_heavy) or Mixed).</summary>
    public string Case { get; init; } = "";

    public required long Index { get; init; }

    public required string Workload { get; init; }

    public required double IntendedMs { get; init; }

    /// <summary>Null when never sent (dropped, or cancelled before its time).</summary>
    public double? SentMs { get; init; }

    public required double DoneMs { get; init; }

    /// <summary>done - intended.</summary>
    public required double LatencyMs { get; init; }

    /// <summary>done - sent.</summary>
    public double? ServiceMs { get; init; }

    /// <summary>sent - intended: the generator's own delay.</summary>
    public double? LagMs { get; init; }

    /// <summary>The server's execTime.</summary>
    public double? CompileMs { get; init; }

    /// <summary>The server's queueTime.</summary>
    public double? QueueMs { get; init; }

    /// <summary>service - compile - queue, when both are known.</summary>
    public double? OverheadMs { get; init; }

    public required Outcome Outcome { get; init; }

    /// <summary>The outcome is what the workload expects: these are the successful requests.</summary>
    public required bool Expected { get; init; }

    public int Attempts { get; init; }

    public int? HttpStatus { get; init; }

    public string Detail { get; init; } = "";
}
