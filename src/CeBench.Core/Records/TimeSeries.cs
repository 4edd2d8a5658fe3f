using System.Globalization;
using CsvHelper;

namespace CeBench.Core.Records;

/// <summary>
/// Per-second counters of a run. Memory grows with the run's seconds, never with its requests;
/// in-flight is derived (sent so far minus finished so far), so nothing needs sampling.
/// </summary>
public sealed class TimeSeries
{
    public const string FileName = "timeseries.csv";

    private readonly Lock _gate = new();
    private readonly List<long[]> _seconds = [];

    private enum Column
    {
        Scheduled,
        Sent,
        Completed,
        Failed,
        Dropped,
        Finished,
    }

    public void Scheduled(double intendedMs) => Add(intendedMs, Column.Scheduled);

    public void Add(RequestRecord record)
    {
        if (record.SentMs is { } sent)
        {
            Add(sent, Column.Sent);
            Add(record.DoneMs, Column.Finished);
        }

        switch (record)
        {
            case { Outcome: Client.Outcome.Dropped }:
                Add(record.IntendedMs, Column.Dropped);
                break;
            case { Expected: true }:
                Add(record.DoneMs, Column.Completed);
                break;
            default:
                Add(record.DoneMs, Column.Failed);
                break;
        }
    }

    public IReadOnlyList<TimeSeriesRow> Rows(string caseName)
    {
        lock (_gate)
        {
            var rows = new List<TimeSeriesRow>(_seconds.Count);
            long inFlight = 0;
            for (var s = 0; s < _seconds.Count; s++)
            {
                var c = _seconds[s];
                inFlight += c[(int)Column.Sent] - c[(int)Column.Finished];
                rows.Add(new TimeSeriesRow(caseName, s, c[(int)Column.Scheduled], c[(int)Column.Sent], c[(int)Column.Completed], c[(int)Column.Failed], c[(int)Column.Dropped], inFlight));
            }

            return rows;
        }
    }

    /// <summary>Appends the rows to <paramref name="path"/>, with a header when the file is new.</summary>
    public void AppendCsv(string path, string caseName)
    {
        var exists = File.Exists(path) && new FileInfo(path).Length > 0;
        using var writer = new StreamWriter(path, append: true);
        using var csv = new CsvWriter(writer, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = !exists });
        csv.WriteRecords(Rows(caseName));
    }

    /// <summary>Reads timeseries.csv back (every case's rows), for the report.</summary>
    public static IReadOnlyList<TimeSeriesRow> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<TimeSeriesRow>().ToList();
    }

    private void Add(double ms, Column column)
    {
        var second = Math.Max(0, (int)(ms / 1000));
        lock (_gate)
        {
            while (_seconds.Count <= second)
            {
                _seconds.Add(new long[Enum.GetValues<Column>().Length]);
            }

            _seconds[second][(int)column]++;
        }
    }
}
