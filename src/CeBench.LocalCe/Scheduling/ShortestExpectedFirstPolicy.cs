namespace CeBench.LocalCe.Scheduling;

/// <summary>
/// Shortest expected job first, by the estimator's cost for the job's shape; ties in arrival
/// order. Long jobs can wait indefinitely under a steady stream of short ones: the stale limit
/// bounds that wait, and the stale count shows the price.
/// </summary>
public sealed class ShortestExpectedFirstPolicy : ISchedulingPolicy
{
    private readonly PriorityQueue<QueuedJob, (double ExpectedMs, long Sequence)> _queue = new();

    public string Name => "sjf";

    public int Count => _queue.Count;

    public void Enqueue(QueuedJob job) => _queue.Enqueue(job, (job.ExpectedMs, job.Job.Sequence));

    public QueuedJob? TryTake(int worker) => _queue.TryDequeue(out var job, out _) ? job : null;
}
