using System.Globalization;
using CeBench.Core.Comparison;

namespace CeBench.Reporting;

/// <summary>
/// report.html of a before/after comparison: the two runs' settings side by side, the comparison
/// table, per workload present in both a CDF overlay and a decile shift plot, then each run's own
/// summary and charts.
/// </summary>
public static class ComparisonReport
{
    private static readonly string[] Headers =
        ["Case", "Workload", "N before", "N after", "P50 before", "P50 after", "P95 before", "P95 after", "P99 before", "P99 after", "P50 ratio"];

    /// <summary><c>compare-&lt;before&gt;-vs-&lt;after&gt;</c> next to the after run: where a comparison's files go.</summary>
    public static string Directory(RunData before, RunData after) =>
        Path.Combine(Path.GetDirectoryName(after.Directory)!, $"compare-{before.Name}-vs-{after.Name}");

    /// <summary>Writes <c>report.html</c> into <see cref="Directory"/> (created when missing) and returns its path.</summary>
    public static string Write(RunData before, RunData after, RunComparison verdicts)
    {
        var directory = Directory(before, after);
        System.IO.Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, RunReport.FileName);
        File.WriteAllText(path, Html(before, after, verdicts));
        return path;
    }

    public static string Html(RunData before, RunData after, RunComparison verdicts)
    {
        var page = new HtmlPage($"CeBench comparison: {before.Name} vs {after.Name}");
        page.Heading(2, "Runs");
        page.Table("runs", ["Setting", $"before: {before.Name}", $"after: {after.Name}"], SettingRows(before, after), textColumns: [0, 1, 2]);
        foreach (var run in new[] { before, after }.Where(r => !r.Manifest.Complete))
        {
            page.Note($"{run.Name} did not complete: its figures cover what it recorded.");
        }

        page.Heading(2, "Verdicts");
        page.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"As `compare` says it: threshold {verdicts.Settings.Threshold}, alpha {verdicts.Settings.Alpha}, at least {verdicts.Settings.MinimumSamples} successful requests per side for a verdict. {(verdicts.HasRegression ? "Something regressed." : "No regression.")}"));
        foreach (var warning in verdicts.Warnings)
        {
            page.Note(ComparisonTable.WarningPrefix + warning);
        }

        page.Table("verdicts", ComparisonTable.Headers, verdicts.Rows.Select(r => (ComparisonTable.Cells(r, verdicts.Settings), r.Latency.Verdict == LatencyVerdict.Slower)), textColumns: [0, 1, 9, 12]);

        var rows = WorkloadComparison.Compute(before, after);
        page.Heading(2, "Comparison");
        page.Paragraph("Per workload present in both runs: the number of successful requests and the Harrell-Davis quantiles of their latencies (ms); "
            + "the P50 ratio is after over before, above 1 is slower. Highlighted settings above differ between the runs.");
        page.Table("comparison", Headers, rows.Select(r => (Cells(r), false)), textColumns: [0, 1]);
        if (rows.Count == 0)
        {
            page.Note("The runs have no workload of a case in common: nothing to compare.");
        }

        foreach (var row in rows)
        {
            page.Heading(3, CdfOverlayChart.Subject(row));
            page.Figure(CdfOverlayChart.Build(row, before.Name, after.Name));
            page.Figure(QuantileShiftChart.Build(row));
        }

        page.Heading(2, $"Before: {before.Name}");
        RunReport.Sections(page, before, "before");
        page.Heading(2, $"After: {after.Name}");
        RunReport.Sections(page, after, "after");
        return page.ToHtml();
    }

    /// <summary>The cells of one comparison row, formatted as the summary table formats its figures.</summary>
    public static IReadOnlyList<string> Cells(WorkloadComparison r) =>
    [
        r.Case,
        r.Workload,
        r.BeforeN.ToString(CultureInfo.InvariantCulture),
        r.AfterN.ToString(CultureInfo.InvariantCulture),
        Ms(r.BeforeP50),
        Ms(r.AfterP50),
        Ms(r.BeforeP95),
        Ms(r.AfterP95),
        Ms(r.BeforeP99),
        Ms(r.AfterP99),
        r.P50Ratio is { } ratio ? ratio.ToString("0.###", CultureInfo.InvariantCulture) : "-",
    ];

    private static IEnumerable<(IReadOnlyList<string> Cells, bool Highlight)> SettingRows(RunData before, RunData after)
    {
        var b = RunReport.Settings(before).ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);
        var a = RunReport.Settings(after).ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);
        foreach (var name in b.Keys.Union(a.Keys, StringComparer.Ordinal))
        {
            var x = b.GetValueOrDefault(name, "-");
            var y = a.GetValueOrDefault(name, "-");
            yield return ([name, x, y], x != y);
        }
    }

    private static string Ms(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "-";
}
