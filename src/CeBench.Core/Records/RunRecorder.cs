namespace CeBench.Core.Records;

/// <summary>
/// Where a run's records go: streamed to requests.csv and folded into the time series, the
/// latency histograms and the live counters. The driver produces records; everything that
/// reads them (summary, compare, report) consumes the files afterwards.
/// </summary>
public sealed class RunRecorder : IAsyncDisposable
{
    private readonly RequestCsvWriter _csv;

    public RunRecorder(string directory, string caseName)
    {
        Directory.CreateDirectory(directory);
        DirectoryPath = directory;
        Case = caseName;
        _csv = new RequestCsvWriter(Path.Combine(directory, RequestCsv.FileName));
    }

    public string DirectoryPath { get; }

    public string Case { get; }

    public TimeSeries TimeSeries { get; } = new();

    public LatencyHistograms Histograms { get; } = new();

    public LiveCounters Live { get; } = new();

    public void Add(RequestRecord record)
    {
        var stamped = record with { Case = Case };
        _csv.Add(stamped);
        TimeSeries.Add(stamped);
        Live.Add(stamped);
        if (stamped.Expected)
        {
            Histograms.Record(stamped.Workload, stamped.LatencyMs);
        }
    }

    public const string HistogramFolder = "histograms";

    /// <summary>Flushes requests.csv, appends this case's rows to timeseries.csv and writes its histograms (histograms/&lt;case&gt;.hlog).</summary>
    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync().ConfigureAwait(false);
        TimeSeries.AppendCsv(Path.Combine(DirectoryPath, TimeSeries.FileName), Case);
        var histograms = Path.Combine(DirectoryPath, HistogramFolder);
        Directory.CreateDirectory(histograms);
        Histograms.WriteLog(Path.Combine(histograms, Case + ".hlog"));
    }
}
