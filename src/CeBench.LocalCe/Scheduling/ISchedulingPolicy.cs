namespace CeBench.LocalCe.Scheduling;

/// <summary>
/// Decides which waiting job a free worker takes. Called only under the pool's lock, so
/// implementations need no locking of their own.
/// </summary>
public interface ISchedulingPolicy
{
    string Name { get; }

    int Count { get; }

    void Enqueue(QueuedJob job);

    /// <summary>The job <paramref name="worker"/> should run next, or null when it has none to take.</summary>
    QueuedJob? TryTake(int worker);
}
