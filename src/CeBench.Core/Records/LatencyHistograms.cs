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

    /// <summary>Adds another histogram of a workload, as when shards are merged: counts add, percentiles are never averaged.</summary>
    public void Add(string workload, HistogramBase histogram)
    {
        lock (_gate)
        {
            if (!_byWorkload.TryGetValue(workload, out var mine))
            {
                mine = new LongHistogram(Highest, 3);
                _byWorkload[workload] = mine;
            }

            mine.Add(histogram);
        }
    }

    /// <summary>Writes every workload's histogram, tagged with its name, in HdrHistogram's log format.</summary>
    public void WriteLog(string path)
    {
        var tagged = Workloads.Select(w =>
        {
            var h = Get(w)!;
            h.Tag = w;
            return h;
        }).ToArray();
        using var file = File.Create(path);
        using var writer = new HistogramLogWriter(file);
        writer.Write(DateTime.UnixEpoch, tagged);
    }

    public static LatencyHistograms ReadLog(string path)
    {
        var histograms = new LatencyHistograms();
        using var file = File.OpenRead(path);
        using var reader = new HistogramLogReader(file);
        foreach (var h in reader.ReadHistograms())
        {
            histograms.Add(h.Tag ?? "", h);
        }

        return histograms;
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
