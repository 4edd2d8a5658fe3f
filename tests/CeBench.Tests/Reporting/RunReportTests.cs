using CeBench.Core;
using CeBench.Core.Analysis;
using CeBench.Reporting;
using CeBench.Tests.Fakes;
using SkiaSharp;

namespace CeBench.Tests.Reporting;

public sealed class RunReportTests : TempDirectoryTest
{
    private string RunDir => Path.Combine(TempDir, "run-a");

    [Fact]
    public async Task The_report_is_one_self_contained_file_with_every_chart_of_every_case()
    {
        await GeneratedRun.WriteAsync(RunDir, seed: 1);
        var before = Directory.GetFiles(RunDir);

        var path = RunReport.Write(RunData.Load(RunDir, GeneratedRun.Workloads));

        Assert.Equal(Path.Combine(RunDir, RunReport.FileName), path);
        Assert.Equal([path], Directory.GetFiles(RunDir).Except(before));
        var html = new ReportHtml(await File.ReadAllTextAsync(path));
        AssertOffline(html.Text);
        var figures = html.Figures();
        foreach (var (caseName, _) in GeneratedRun.Cases)
        {
            foreach (var kind in ChartKinds.PerCase)
            {
                AssertPng(Assert.Single(figures, f => f.Kind == kind && f.Subject == caseName).Png);
            }
        }

        Assert.Equal(GeneratedRun.Cases.Length * ChartKinds.PerCase.Count, figures.Count);
    }

    [Theory]
    [InlineData(new string[0], 0)]
    [InlineData(new[] { "--pattern", "sustained", "--rps", "10", "--warmup", "2s", "--window", "4s", "--duration", "10s" }, 2)]
    public async Task The_summary_table_holds_the_summarizers_figures_for_the_same_records(string[] arguments, int warmupSeconds)
    {
        var records = await GeneratedRun.WriteAsync(RunDir, seed: 2, arguments: arguments.Length == 0 ? null : arguments);

        var html = new ReportHtml(RunReport.Html(RunData.Load(RunDir, GeneratedRun.Workloads)));

        var expected = GeneratedRun.Cases.SelectMany(c => RunSummarizer.Summarize(
                c.Case, records.Where(r => r.Case == c.Case).ToArray(), TimeSpan.FromSeconds(GeneratedRun.DurationSeconds), GeneratedRun.Workloads, TimeSpan.FromSeconds(warmupSeconds)))
            .Select(SummaryTable.Cells)
            .ToArray();
        var table = html.Table("summary");
        Assert.Equal(expected.Length, table.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], table[i]);
        }

        // The generated records exercise every kind of cell: errors, drops, baseline misses, warm-up.
        Assert.Contains(table, row => row[1] == "short" && row[8] != "0.0" && row[9] != "0" && row[15] != "0" && row[15] != "-");
        Assert.Equal(warmupSeconds > 0, table.Any(row => row[3] != "0"));
    }

    [Fact]
    public async Task Without_definitions_the_report_reads_the_workload_folder_the_run_used()
    {
        var workloads = Path.Combine(TempDir, "workloads");
        Directory.CreateDirectory(workloads);
        await File.WriteAllTextAsync(Path.Combine(workloads, "short.cpp"), "// baseline_min_ms: 0\n// baseline_max_ms: 1\nint main() {}\n");
        await GeneratedRun.WriteAsync(RunDir, seed: 3, arguments: ["--rps", "10", "--duration", "10s", "--workloads-dir", workloads]);

        var run = RunData.Load(RunDir);

        // Every successful short request is above the 1 ms band; the other workloads have no file, so no band.
        Assert.All(run.Summary.Where(s => s.Workload == "short"), s => Assert.Equal(s.Successful, s.BaselineViolations));
        Assert.All(run.Summary.Where(s => s.Workload == "long"), s => Assert.Null(s.BaselineViolations));
    }

    [Fact]
    public async Task A_run_that_recorded_nothing_still_gets_a_report_that_says_so()
    {
        await GeneratedRun.WriteAsync(RunDir, seed: 4);
        File.Delete(Path.Combine(RunDir, "requests.csv"));
        File.Delete(Path.Combine(RunDir, "timeseries.csv"));

        var html = new ReportHtml(RunReport.Html(RunData.Load(RunDir, GeneratedRun.Workloads)));

        Assert.Contains("No request was recorded.", html.Text);
        Assert.Empty(html.Figures());
        Assert.Empty(html.Table("summary"));
    }

    [Fact]
    public void A_folder_without_run_json_is_bad_input()
    {
        var e = Assert.Throws<BadInputException>(() => RunData.Load(TempDir));

        Assert.Contains("run.json", e.Message);
    }

    /// <summary>Nothing on the page reaches the network: no URL, no script, no stylesheet link, images only as data URIs.</summary>
    internal static void AssertOffline(string html)
    {
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(
            System.Text.RegularExpressions.Regex.Count(html, "\\ssrc=\""),
            System.Text.RegularExpressions.Regex.Count(html, "\\ssrc=\"data:image/png;base64,"));
    }

    /// <summary>The bytes decode as a PNG of the chart size with more than a blank canvas in it.</summary>
    internal static void AssertPng(byte[] png)
    {
        Assert.True(png.Length > 5_000, $"PNG of only {png.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((900, 380), (bitmap.Width, bitmap.Height));
    }
}
