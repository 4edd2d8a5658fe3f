namespace CeBench.Core.Client;

/// <summary>
/// When the client stops sending to a target that is down: the share of failed attempts
/// (transport errors, timeouts, 5xx, 408) within a sampling window, once enough attempts were seen.
/// </summary>
public sealed record CircuitBreakerSettings
{
    public bool Enabled { get; init; } = true;

    public double FailureRatio { get; init; } = 0.5;

    public int MinimumThroughput { get; init; } = 20;

    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(5);
}
