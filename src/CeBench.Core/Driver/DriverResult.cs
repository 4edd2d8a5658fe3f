namespace CeBench.Core.Driver;

/// <summary>How a driver run ended; every scheduled request is in exactly one of sent, dropped or never sent.</summary>
public sealed record DriverResult(long Scheduled, long Sent, long Dropped, long NeverSent, bool Interrupted, TimeSpan Elapsed)
{
    /// <summary>Why the driver stopped on its own (the circuit breaker opened); null when it did not.</summary>
    public string? AbortReason { get; init; }
}
