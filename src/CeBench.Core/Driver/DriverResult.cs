namespace CeBench.Core.Driver;

/// <summary>How a driver run ended; every scheduled request is in exactly one of sent, dropped or never sent.</summary>
public sealed record DriverResult(long Scheduled, long Sent, long Dropped, long NeverSent, bool Interrupted, TimeSpan Elapsed);
