using System.Globalization;
using System.Text;
using CsvHelper;

namespace CeBench.Core.Comparison;

/// <summary>
/// A comparison as people and programs read it: compare.md (the GitHub markdown that is also
/// printed) and compare.csv (every figure, full precision), in <c>compare-&lt;before&gt;-vs-&lt;after&gt;/</c>
/// next to the after run.
/// </summary>
public static class ComparisonTable
{
    public const string MarkdownFileName = "compare.md";
    public const string CsvFileName = "compare.csv";

    /// <summary>Every warning line starts with this, so scripts can find them.</summary>
    public const string WarningPrefix = "warning: ";

    private static readonly string[] MarkdownHeaders =
        ["Case", "Workload", "OK before → after", "Median ms", "P95 ms", "P99 ms", "Shift ms", "Ratio", "p slower", "Verdict", "Err% before → after", "p errors", "Errors"];

    private static readonly string[] TextColumns = ["Case", "Workload", "Verdict", "Errors"];

    private static readonly string[] CsvHeaders =
    [
        "case", "workload",
        "before_successful", "after_successful", "before_sent", "after_sent", "before_failed", "after_failed", "before_dropped", "after_dropped",
        "before_median_ms", "before_median_lower_ms", "before_median_upper_ms", "after_median_ms", "after_median_lower_ms", "after_median_upper_ms",
        "before_p95_ms", "before_p95_lower_ms", "before_p95_upper_ms", "after_p95_ms", "after_p95_lower_ms", "after_p95_upper_ms",
        "before_p99_ms", "before_p99_lower_ms", "before_p99_upper_ms", "after_p99_ms", "after_p99_lower_ms", "after_p99_upper_ms",
        "shift_ms", "shift_lower_ms", "shift_upper_ms", "ratio", "ratio_lower", "ratio_upper", "p_slower", "verdict",
        "before_error_rate", "after_error_rate", "p_errors", "errors_verdict",
    ];

    /// <summary>The columns of the verdict table (markdown here, HTML in the report).</summary>
    public static IReadOnlyList<string> Headers => MarkdownHeaders;

    /// <summary>One row of the verdict table, as <see cref="Headers"/> names its cells.</summary>
    public static IReadOnlyList<string> Cells(WorkloadComparison row, ComparisonSettings settings) => MarkdownCells(row, settings).ToArray();

    /// <summary>Where a comparison is written: <c>compare-&lt;a&gt;-vs-&lt;b&gt;</c> in the after run's results root.</summary>
    public static string FolderFor(ComparedRun before, ComparedRun after) =>
        Path.Combine(Path.GetDirectoryName(after.Directory)!, $"compare-{before.Name}-vs-{after.Name}");

    /// <summary>Writes compare.md and compare.csv; returns the folder.</summary>
    public static string Write(RunComparison comparison)
    {
        var folder = FolderFor(comparison.Before, comparison.After);
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, MarkdownFileName), ToMarkdown(comparison));
            WriteCsv(comparison, Path.Combine(folder, CsvFileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"cannot write the comparison to '{folder}' ({e.Message})", e);
        }

        return folder;
    }

    public static string ToMarkdown(RunComparison comparison)
    {
        var c = comparison;
        var s = c.Settings;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {c.Before.Name} vs {c.After.Name}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Before: {c.Before.Directory}; after: {c.After.Directory}. Latencies of successful requests only, Harrell-Davis quantiles and Hodges-Lehmann shift and ratio with {ComparisonSettings.Confidence * 100}% intervals; threshold {s.Threshold}, alpha {s.Alpha}; a verdict needs at least {s.MinimumSamples} successful requests per side.")
            .AppendLine();
        foreach (var warning in c.Warnings)
        {
            text.Append(WarningPrefix).AppendLine(warning).AppendLine();
        }

        text.Append("| ").AppendJoin(" | ", MarkdownHeaders).AppendLine(" |");
        text.Append('|').AppendJoin('|', MarkdownHeaders.Select(h => TextColumns.Contains(h) ? "---" : "---:")).AppendLine("|");
        foreach (var row in c.Rows)
        {
            text.Append("| ").AppendJoin(" | ", MarkdownCells(row, s)).AppendLine(" |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Verdicts: slower / faster = after's latencies are above / below before's by more than the threshold (one-sided Mann-Whitney tests with the threshold, alpha {s.Alpha}, Perfolizer's equivalence test); same = no change beyond the threshold could be shown; unknown = fewer than {s.MinimumSamples} successful requests on a side. Errors: more / fewer = the error rate changed significantly (two-proportion test, alpha {s.Alpha}).")
            .AppendLine();
        var count = (LatencyVerdict v) => c.Rows.Count(r => r.Latency.Verdict == v);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{count(LatencyVerdict.Slower)} slower, {count(LatencyVerdict.Faster)} faster, {count(LatencyVerdict.Same)} same, {count(LatencyVerdict.Unknown)} unknown; {c.Rows.Count(r => r.Errors.Verdict == ErrorRateVerdict.More)} with more errors. {(c.HasRegression ? "Regression." : "No regression.")}");
        return text.ToString();
    }

    public static void WriteCsv(RunComparison comparison, string path)
    {
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var header in CsvHeaders)
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var row in comparison.Rows)
        {
            foreach (var cell in CsvCells(row))
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }

    private static IEnumerable<string> MarkdownCells(WorkloadComparison r, ComparisonSettings s) =>
    [
        r.Case,
        r.Workload,
        $"{Int(r.Before.Successful)} → {Int(r.After.Successful)}",
        $"{Ms(r.Before.Median)} → {Ms(r.After.Median)}",
        $"{Ms(r.Before.P95)} → {Ms(r.After.P95)}",
        $"{Ms(r.Before.P99)} → {Ms(r.After.P99)}",
        r.Latency.Shift is { } shift ? $"{Signed(shift.Value)} [{Signed(shift.Lower)}, {Signed(shift.Upper)}]" : "-",
        r.Latency.Ratio is { } ratio ? $"{Fixed(ratio.Value, "0.000")} [{Fixed(ratio.Lower, "0.000")}, {Fixed(ratio.Upper, "0.000")}]" : "-",
        P(r.Latency.SlowerPValue),
        r.Latency.Verdict == LatencyVerdict.Unknown
            ? string.Create(CultureInfo.InvariantCulture, $"unknown (needs {s.MinimumSamples} per side)")
            : r.Latency.Verdict.ToName(),
        $"{Percent(r.Before.ErrorRate)} → {Percent(r.After.ErrorRate)}",
        P(r.Errors.PValue),
        r.Errors.Verdict.ToName(),
    ];

    private static IEnumerable<string> CsvCells(WorkloadComparison r) =>
    [
        r.Case,
        r.Workload,
        Int(r.Before.Successful), Int(r.After.Successful), Int(r.Before.Sent), Int(r.After.Sent),
        Int(r.Before.Failed), Int(r.After.Failed), Int(r.Before.Dropped), Int(r.After.Dropped),
        .. Interval(r.Before.Median), .. Interval(r.After.Median),
        .. Interval(r.Before.P95), .. Interval(r.After.P95),
        .. Interval(r.Before.P99), .. Interval(r.After.P99),
        .. Interval(r.Latency.Shift), .. Interval(r.Latency.Ratio),
        Full(r.Latency.SlowerPValue),
        r.Latency.Verdict.ToName(),
        Full(r.Before.ErrorRate), Full(r.After.ErrorRate), Full(r.Errors.PValue),
        r.Errors.Verdict.ToName(),
    ];

    private static string[] Interval(IntervalEstimate? e) => [Full(e?.Value), Full(e?.Lower), Full(e?.Upper)];

    /// <summary>Shortest round-trip form; empty when unknown.</summary>
    private static string Full(double? value) => value is { } v && double.IsFinite(v) ? v.ToString(CultureInfo.InvariantCulture) : "";

    private static string Ms(IntervalEstimate? e) => e switch
    {
        null => "-",
        _ when !double.IsFinite(e.Lower) => Fixed(e.Value, "0.#"),
        _ => $"{Fixed(e.Value, "0.#")} [{Fixed(e.Lower, "0.#")}, {Fixed(e.Upper, "0.#")}]",
    };

    private static string Signed(double value) => Fixed(value, "+0.#;-0.#;0");

    private static string P(double? p) => p switch
    {
        null => "-",
        < 0.0001 => "<0.0001",
        { } v => Fixed(v, "0.####"),
    };

    private static string Percent(double? rate) => rate is { } r ? Fixed(100 * r, "0.0") : "-";

    private static string Fixed(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
