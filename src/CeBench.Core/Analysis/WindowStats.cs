namespace CeBench.Core.Analysis;

/// <summary>One window of a sustained run: did the service hold steady over time?</summary>
public sealed record WindowStats(
    string Case,
    int Window,
    double StartSeconds,
    double EndSeconds,
    long Scheduled,
    long Successful,
    long Errors,
    double AchievedRps,
    double? P50,
    double? P95,
    double? P99);
