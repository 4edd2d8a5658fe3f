using HdrHistogram;

namespace CeBench.Core.Records;

/// <summary>
/// What the once-a-second progress line shows: running totals and the p95 of the last few
/// seconds of successful latencies (a ring of per-second histograms, constant memory).
/// </summary>
public sealed class LiveCounters
{
    private const int RingSeconds = 10;
    private readonly Lock _gate = new();
    private readonly LongHistogram[] _ring = Enumerable.Range(0, RingSeconds).Select(_ => new LongHistogram(3_600_000_000, 2)).ToArray();
    private readonly long[] _ringSecond = new long[RingSeconds];
    private long _sent;
    private long _completed;
    private long _failed;
    private long _dropped;

    public long Sent => Interlocked.Read(ref _sent);

    public long Completed => Interlocked.Read(ref _completed);

    public long Failed => Interlocked.Read(ref _failed);

    public long Dropped => Interlocked.Read(ref _dropped);

    public void Add(RequestRecord record)
    {
        if (record.SentMs is not null)
        {
            Interlocked.Increment(ref _sent);
        }

        if (record.Outcome == Client.Outcome.Dropped)
        {
            Interlocked.Increment(ref _dropped);
        }
        else if (record.Expected)
        {
            Interlocked.Increment(ref _completed);
            RecordRecent((long)(record.DoneMs / 1000), record.LatencyMs);
        }
        else
        {
            Interlocked.Increment(ref _failed);
        }
    }

    /// <summary>p95 latency in ms of successes finished in the last 10 s before <paramref name="nowMs"/>; null without any.</summary>
    public double? RecentP95(double nowMs)
    {
        var now = (long)(nowMs / 1000);
        lock (_gate)
        {
            var merged = new LongHistogram(3_600_000_000, 2);
            for (var i = 0; i < RingSeconds; i++)
            {
                if (now - _ringSecond[i] < RingSeconds)
                {
                    merged.Add(_ring[i]);
                }
            }

            return merged.TotalCount == 0 ? null : merged.GetValueAtPercentile(95) / 1000.0;
        }
    }

    private void RecordRecent(long second, double latencyMs)
    {
        var slot = (int)(second % RingSeconds);
        lock (_gate)
        {
            if (_ringSecond[slot] != second)
            {
                _ring[slot].Reset();
                _ringSecond[slot] = second;
            }

            _ring[slot].RecordValue(Math.Clamp((long)(latencyMs * 1000), 1, 3_600_000_000));
        }
    }
}
