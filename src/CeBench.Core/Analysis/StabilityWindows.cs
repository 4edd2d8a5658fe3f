using System.Globalization;
using System.Text;
using CeBench.Core.Records;
using CsvHelper;

namespace CeBench.Core.Analysis;

/// <summary>
/// The per-window stability report of a sustained run: the steady part cut into windows by
/// intended start, each with its own throughput, errors and Harrell-Davis quantiles.
/// </summary>
public static class StabilityWindows
{
    public const string CsvFileName = "windows.csv";

    public static IReadOnlyList<WindowStats> Compute(string caseName, IReadOnlyList<RequestRecord> records, TimeSpan duration, TimeSpan warmup, TimeSpan window)
    {
        var rows = new List<WindowStats>();
        var index = 0;
        for (var start = warmup; start < duration; start += window, index++)
        {
            var end = start + window < duration ? start + window : duration;
            var inWindow = records.Where(r => r.IntendedMs >= start.TotalMilliseconds && r.IntendedMs < end.TotalMilliseconds).ToArray();
            var latencies = inWindow.Where(r => r.Expected).Select(r => r.LatencyMs).ToArray();
            rows.Add(new WindowStats(
                caseName, index, start.TotalSeconds, end.TotalSeconds, inWindow.Length, latencies.Length,
                inWindow.Count(r => r.SentMs is not null && !r.Expected),
                inWindow.Count(r => r.SentMs is not null) / (end - start).TotalSeconds,
                Quantiles.HarrellDavis(latencies, 0.5), Quantiles.HarrellDavis(latencies, 0.95), Quantiles.HarrellDavis(latencies, 0.99)));
        }

        return rows;
    }

    public static void AppendCsv(IReadOnlyList<WindowStats> rows, string path)
    {
        var exists = File.Exists(path) && new FileInfo(path).Length > 0;
        using var writer = new StreamWriter(path, append: true);
        using var csv = new CsvWriter(writer, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = !exists });
        csv.WriteRecords(rows);
    }

    public static string ToMarkdown(IReadOnlyList<WindowStats> rows)
    {
        var text = new StringBuilder("| Case | Window | From s | To s | N | OK | Errors | RPS | P50 ms | P95 ms | P99 ms |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var w in rows)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {w.Case} | {w.Window} | {w.StartSeconds:0.#} | {w.EndSeconds:0.#} | {w.Scheduled} | {w.Successful} | {w.Errors} | {w.AchievedRps:0.##} | {w.P50:0.##} | {w.P95:0.##} | {w.P99:0.##} |\n");
        }

        return text.ToString();
    }
}
