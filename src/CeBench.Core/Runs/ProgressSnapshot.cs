namespace CeBench.Core.Runs;

/// <summary>What the once-a-second progress line says about a case in flight.</summary>
public sealed record ProgressSnapshot(
    string Case,
    TimeSpan Elapsed,
    TimeSpan Duration,
    long Scheduled,
    long Sent,
    long Completed,
    int InFlight,
    long Errors,
    long Dropped,
    double CurrentRps,
    double? RollingP95Ms);
