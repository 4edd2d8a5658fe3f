namespace CeBench.LocalCe.Scheduling;

/// <summary>How many workers, how long a job may wait before it is stale, how many may wait at all.</summary>
public sealed record WorkerPoolSettings
{
    public int Workers { get; init; } = 2;

    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromSeconds(60);

    public int MaxQueueLength { get; init; } = 10_000;
}
