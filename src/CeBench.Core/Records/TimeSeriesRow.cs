namespace CeBench.Core.Records;

/// <summary>One second of a run: what was due, sent, finished well, failed or dropped, and what was in flight at its end.</summary>
public sealed record TimeSeriesRow(
    string Case,
    int Second,
    long Scheduled,
    long Sent,
    long Completed,
    long Failed,
    long Dropped,
    long InFlight);
