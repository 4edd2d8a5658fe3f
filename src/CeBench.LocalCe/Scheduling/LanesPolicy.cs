namespace CeBench.LocalCe.Scheduling;

/// <summary>
/// Two FIFO lanes split by expected cost. The first <c>reservedWorkers</c> workers take only
/// short jobs, so a short job never waits behind more than the short jobs ahead of it; the other
/// workers take the oldest job of either lane.
/// </summary>
public sealed class LanesPolicy(double shortThresholdMs, int reservedWorkers = 1) : ISchedulingPolicy
{
    private readonly Queue<QueuedJob> _short = new();
    private readonly Queue<QueuedJob> _long = new();

    public string Name => "lanes";

    public int Count => _short.Count + _long.Count;

    public void Enqueue(QueuedJob job) => (job.ExpectedMs < shortThresholdMs ? _short : _long).Enqueue(job);

    public QueuedJob? TryTake(int worker)
    {
        if (worker < reservedWorkers)
        {
            return _short.TryDequeue(out var onlyShort) ? onlyShort : null;
        }

        var lane = (_short.TryPeek(out var s), _long.TryPeek(out var l)) switch
        {
            (true, true) => s!.Job.Sequence < l!.Job.Sequence ? _short : _long,
            (true, false) => _short,
            (false, true) => _long,
            _ => null,
        };
        return lane?.Dequeue();
    }
}
