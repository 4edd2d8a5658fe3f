using System.Collections.Concurrent;

namespace CeBench.LocalCe.Stats;

/// <summary>Thread-safe counters of what the local target saw and did.</summary>
public sealed class LocalCeStats
{
    private readonly ConcurrentDictionary<string, long> _byOutcome = new();
    private readonly ConcurrentDictionary<string, long> _byFault = new();
    private readonly ConcurrentDictionary<string, long> _byRejection = new();
    private long _received;
    private long _rejected;
    private long _faulted;
    private long _queued;
    private long _started;
    private long _completed;
    private long _optionsDropped;
    private long _running;

    public void Received() => Interlocked.Increment(ref _received);

    public void Rejected(string reason)
    {
        Interlocked.Increment(ref _rejected);
        _byRejection.AddOrUpdate(reason, 1, (_, n) => n + 1);
    }

    public void Faulted(string kind)
    {
        Interlocked.Increment(ref _faulted);
        _byFault.AddOrUpdate(kind, 1, (_, n) => n + 1);
    }

    /// <summary>A fault that only slows the request down; it goes on to be served.</summary>
    public void Delayed() => _byFault.AddOrUpdate("delay", 1, (_, n) => n + 1);

    public void OptionsDropped() => Interlocked.Increment(ref _optionsDropped);

    public void Queued() => Interlocked.Increment(ref _queued);

    public void Started()
    {
        Interlocked.Increment(ref _started);
        Interlocked.Increment(ref _running);
    }

    public void Finished() => Interlocked.Decrement(ref _running);

    public void Completed(string outcome)
    {
        Interlocked.Increment(ref _completed);
        _byOutcome.AddOrUpdate(outcome, 1, (_, n) => n + 1);
    }

    public StatsSnapshot Snapshot(int queueLength, string policy, string backend, int workers) => new()
    {
        Received = Interlocked.Read(ref _received),
        Rejected = Interlocked.Read(ref _rejected),
        Faulted = Interlocked.Read(ref _faulted),
        Queued = Interlocked.Read(ref _queued),
        Started = Interlocked.Read(ref _started),
        Completed = Interlocked.Read(ref _completed),
        ByOutcome = new SortedDictionary<string, long>(_byOutcome, StringComparer.Ordinal),
        ByFault = new SortedDictionary<string, long>(_byFault, StringComparer.Ordinal),
        ByRejection = new SortedDictionary<string, long>(_byRejection, StringComparer.Ordinal),
        OptionsDropped = Interlocked.Read(ref _optionsDropped),
        QueueLength = queueLength,
        Running = Interlocked.Read(ref _running),
        Policy = policy,
        Backend = backend,
        Workers = workers,
    };
}
