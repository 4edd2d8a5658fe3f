namespace CeBench.LocalCe.Scheduling;

/// <summary>First in, first out: what CE's single SQS FIFO group does today.</summary>
public sealed class FifoPolicy : ISchedulingPolicy
{
    private readonly Queue<QueuedJob> _queue = new();

    public string Name => "fifo";

    public int Count => _queue.Count;

    public void Enqueue(QueuedJob job) => _queue.Enqueue(job);

    public QueuedJob? TryTake(int worker) => _queue.TryDequeue(out var job) ? job : null;
}
