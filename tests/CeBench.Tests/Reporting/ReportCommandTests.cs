using CeBench.Reporting;
using CeBench.Tests.Fakes;

namespace CeBench.Tests.Reporting;

/// <summary>The report as a user gets it: written by every real run, and by <c>report</c> as a process.</summary>
public sealed class ReportCommandTests : TempDirectoryTest
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private static Task<DotnetProcess.Output> Bench(params string[] args) =>
        DotnetProcess.RunAsync("CeBench.Bench.dll", args, Limit);

    private Task<DotnetProcess.Output> Run(string label, params string[] extra) =>
        Bench(["--results", TempDir, "--label", label, "--local-time-scale", "0.001", "--duration", "2s", "--rps", "5", "--filter", "*minimal*", .. extra]);

    [Fact]
    public async Task Every_run_writes_its_report_and_report_compares_two_runs()
    {
        var first = await Run("x");
        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);
        var second = await Run("y", "--seed", "2");
        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);

        var runReport = Path.Combine(TempDir, "x", RunReport.FileName);
        Assert.Contains($"Report: {runReport}", first.Stdout);
        var html = new ReportHtml(await File.ReadAllTextAsync(runReport));
        RunReportTests.AssertOffline(html.Text);
        Assert.Equal(ChartKinds.PerCase, html.Figures().Where(f => f.Subject == "Isolated(minimal)").Select(f => f.Kind));
        Assert.Equal("10", html.Table("summary").Single()[2]);

        var compare = await Bench("report", Path.Combine(TempDir, "x"), Path.Combine(TempDir, "y"));

        Assert.True(compare.ExitCode == 0, compare.Stdout + compare.Stderr);
        var path = Path.Combine(TempDir, "compare-x-vs-y", RunReport.FileName);
        Assert.Contains($"Report: {path}", compare.Stdout);
        var comparison = new ReportHtml(await File.ReadAllTextAsync(path));
        RunReportTests.AssertOffline(comparison.Text);
        Assert.Equal(ChartKinds.PerComparedWorkload, comparison.Figures().Where(f => f.Run is null).Select(f => f.Kind));
        Assert.Equal(["Isolated(minimal)", "minimal", "10", "10"], comparison.Table("comparison").Single()[..4]);

        // report <run> writes the same page again from the files.
        File.Delete(runReport);
        var again = await Bench("report", Path.Combine(TempDir, "x"));
        Assert.True(again.ExitCode == 0, again.Stdout + again.Stderr);
        Assert.Equal(html.Table("summary"), new ReportHtml(await File.ReadAllTextAsync(runReport)).Table("summary"));
    }

    [Theory]
    [InlineData(new string[0], "usage: report")]
    [InlineData(new[] { "/nonexistent/run" }, "results folder '/nonexistent/run' does not exist")]
    public async Task Report_without_run_folders_is_bad_input(string[] args, string message)
    {
        var output = await Bench(["report", .. args]);

        Assert.Equal(2, output.ExitCode);
        Assert.Contains(message, output.Stderr);
    }
}
