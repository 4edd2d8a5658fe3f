using HdrHistogram;

namespace CeBench.Core.Records;

/// <summary>
/// Per-workload HdrHistograms of successful latencies in microseconds (1 µs to 1 h, 3 significant
/// digits): constant memory whatever the request count, and mergeable by addition across shards.
/// </summary>
public sealed class LatencyHistograms
{
    private const long Highest = 3_600_000_000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LongHistogram> _byWorkload = new(StringComparer.Ordinal);

    public void Record(string workload, double latencyMs)
    {
        var micros = Math.Clamp((long)Math.Round(latencyMs * 1000), 1, Highest);
        lock (_gate)
        {
            if (!_byWorkload.TryGetValue(workload, out var histogram))
            {
                histogram = new LongHistogram(Highest, 3);
                _byWorkload[workload] = histogram;
            }

            histogram.RecordValue(micros);
        }
    }

    /// <summary>A copy of one workload's histogram, or null when it has no successful request.</summary>
    public HistogramBase? Get(string workload)
    {
        lock (_gate)
        {
            return _byWorkload.TryGetValue(workload, out var h) ? h.Copy() : null;
        }
    }

    public IReadOnlyList<string> Workloads
    {
        get
        {
            lock (_gate)
            {
                return _byWorkload.Keys.Order(StringComparer.Ordinal).ToArray();
            }
        }
    }
}
