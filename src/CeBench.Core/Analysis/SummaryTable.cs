using System.Globalization;
using System.Text;
using CsvHelper;

namespace CeBench.Core.Analysis;

/// <summary>
/// The per-workload breakdown of a run (every case, every workload) as summary.csv and as a
/// GitHub markdown table: where a Mixed case shows which workloads paid for head-of-line blocking.
/// </summary>
public static class SummaryTable
{
    public const string CsvFileName = "summary.csv";
    public const string MarkdownFileName = "summary.md";

    /// <summary>The column headers, one for each of <see cref="Cells"/>: every table of the summary (csv, markdown, HTML report) uses them.</summary>
    public static IReadOnlyList<string> Headers { get; } =
        ["Case", "Workload", "N", "Warm-up", "OK", "P50 ms", "P95 ms", "P99 ms", "Err%", "Dropped", "RPS", "Lag P99 ms", "Queue P50 ms", "Compile P50 ms", "Slowdown P95", "Baseline!", "Outcomes"];

    public static void WriteCsv(IReadOnlyList<WorkloadStats> rows, string path)
    {
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var header in Headers)
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var cell in Cells(row))
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }

    public static string ToMarkdown(IReadOnlyList<WorkloadStats> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", Headers).AppendLine(" |");
        text.Append('|').AppendJoin('|', Headers.Select(_ => "---")).AppendLine("|");
        foreach (var row in rows)
        {
            text.Append("| ").AppendJoin(" | ", Cells(row)).AppendLine(" |");
        }

        return text.ToString();
    }

    public static IReadOnlyList<string> Cells(WorkloadStats s) =>
    [
        s.Case,
        s.Workload,
        Int(s.Scheduled),
        Int(s.Warmup),
        Int(s.Successful),
        Ms(s.P50),
        Ms(s.P95),
        Ms(s.P99),
        s.ErrorPercent.ToString("0.0", CultureInfo.InvariantCulture),
        Int(s.Dropped),
        string.Create(CultureInfo.InvariantCulture, $"{s.AchievedRps:0.##}/{s.TargetRps:0.##}"),
        Ms(s.LagP99),
        Ms(s.QueueP50),
        Ms(s.CompileP50),
        s.SlowdownP95 is { } x ? x.ToString("0.0", CultureInfo.InvariantCulture) : "-",
        s.BaselineViolations is { } v ? Int(v) : "-",
        string.Join(' ', s.Outcomes.Select(o => $"{o.Key}:{Int(o.Value)}")),
    ];

    private static string Ms(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "-";

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
