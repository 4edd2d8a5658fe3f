using CeBench.LocalCe.Backends;
using CeBench.LocalCe.Stats;

namespace CeBench.LocalCe.Scheduling;

/// <summary>
/// N workers (2, like one CE instance) that take jobs in the order the policy says. A job that
/// waited longer than the stale limit when a worker reaches it is answered as stale without
/// compiling, as CE does. Workers can be started after jobs were queued, so a test can present
/// a whole batch to the policy at once.
/// </summary>
public sealed class WorkerPool : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly ISchedulingPolicy _policy;
    private readonly ICompileBackend _backend;
    private readonly CostEstimator _estimator;
    private readonly WorkerPoolSettings _settings;
    private readonly TimeProvider _time;
    private readonly LocalCeStats _stats;
    private readonly SemaphoreSlim[] _wake;
    private readonly CancellationTokenSource _stop = new();
    private Task[] _workers = [];
    private long _starts = -1;

    public WorkerPool(ISchedulingPolicy policy, ICompileBackend backend, CostEstimator estimator, WorkerPoolSettings settings, TimeProvider time, LocalCeStats stats)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Workers, 1);
        _policy = policy;
        _backend = backend;
        _estimator = estimator;
        _settings = settings;
        _time = time;
        _stats = stats;
        _wake = Enumerable.Range(0, settings.Workers).Select(_ => new SemaphoreSlim(0, 1)).ToArray();
    }

    public string PolicyName => _policy.Name;

    public int Workers => _settings.Workers;

    public int QueueLength
    {
        get
        {
            lock (_gate)
            {
                return _policy.Count;
            }
        }
    }

    /// <summary>Queues a job; null when the queue is full (the caller answers 503).</summary>
    public Task<JobOutcome>? TryEnqueue(CompileJob job)
    {
        var queued = new QueuedJob(job, _time.GetTimestamp(), _estimator.ExpectedMs(job));
        lock (_gate)
        {
            if (_policy.Count >= _settings.MaxQueueLength)
            {
                return null;
            }

            _policy.Enqueue(queued);
            foreach (var wake in _wake)
            {
                if (wake.CurrentCount == 0)
                {
                    wake.Release();
                }
            }
        }

        _stats.Queued();
        return queued.Completion.Task;
    }

    public void Start()
    {
        lock (_gate)
        {
            if (_workers.Length == 0)
            {
                _workers = Enumerable.Range(0, _settings.Workers).Select(i => Task.Run(() => WorkAsync(i, _stop.Token))).ToArray();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Workers end by cancellation.
        }

        lock (_gate)
        {
            while (_policy.TryTake(_settings.Workers) is { } left)
            {
                left.Completion.TrySetCanceled();
            }
        }

        _stop.Dispose();
        foreach (var wake in _wake)
        {
            wake.Dispose();
        }
    }

    private async Task WorkAsync(int worker, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            QueuedJob? next;
            lock (_gate)
            {
                next = _policy.TryTake(worker);
            }

            if (next is null)
            {
                await _wake[worker].WaitAsync(stop).ConfigureAwait(false);
                continue;
            }

            await RunAsync(worker, next, stop).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(int worker, QueuedJob queued, CancellationToken stop)
    {
        var waitedMs = _time.GetElapsedTime(queued.EnqueuedAt).TotalMilliseconds;
        var order = Interlocked.Increment(ref _starts);
        _stats.Started();
        try
        {
            if (waitedMs > _settings.StaleAfter.TotalMilliseconds)
            {
                queued.Completion.TrySetResult(new JobOutcome(null, waitedMs, worker, order));
                return;
            }

            var result = await _backend.CompileAsync(queued.Job, stop).ConfigureAwait(false);
            if (!result.TimedOut)
            {
                _estimator.Learn(queued.Job.Shape, result.ExecTimeMs);
            }

            queued.Completion.TrySetResult(new JobOutcome(result, waitedMs, worker, order));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            queued.Completion.TrySetCanceled(stop);
        }
        catch (Exception e)
        {
            queued.Completion.TrySetException(e);
        }
        finally
        {
            _stats.Finished();
        }
    }
}
