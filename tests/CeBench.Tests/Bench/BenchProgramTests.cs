using System.Text.Json.Nodes;
using CeBench.Core.Records;
using CeBench.Tests.Fakes;

namespace CeBench.Tests.Bench;

/// <summary>The bench as a user runs it: a real process against the embedded local target.</summary>
public sealed class BenchProgramTests : TempDirectoryTest
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private Task<DotnetProcess.Output> Bench(params string[] args) =>
        DotnetProcess.RunAsync("CeBench.Bench.dll", [.. args, "--results", TempDir], Limit);

    [Fact]
    public async Task A_short_run_writes_every_file_with_one_row_per_scheduled_request()
    {
        var output = await Bench("--filter", "*minimal*", "--pattern", "steady", "--rps", "5", "--duration", "2s", "--label", "quick", "--local-time-scale", "0.01");

        Assert.True(output.ExitCode == 0, output.Stdout + output.Stderr);
        var run = Path.Combine(TempDir, "quick");
        var records = RequestCsv.Read(Path.Combine(run, RequestCsv.FileName));
        Assert.Equal(10, records.Count);
        Assert.All(records, r => Assert.Equal("Isolated(minimal)", r.Case));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(run, "run.json")))!;
        Assert.Equal(10, (long)manifest["scheduled"]!);
        Assert.Equal(10, manifest["outcomes"]!.AsObject().Sum(o => (long)o.Value!));
        Assert.True((bool)manifest["complete"]!);
        Assert.Equal("fifo", (string?)manifest["local"]!["policy"]);
        Assert.True(File.Exists(Path.Combine(run, TimeSeries.FileName)));
        Assert.True(File.Exists(Path.Combine(run, "summary.csv")));
        Assert.Single(Directory.GetFiles(run, "*-report-github.md", SearchOption.AllDirectories));
        Assert.Single(Directory.GetFiles(run, "*-report.csv", SearchOption.AllDirectories));
        foreach (var column in new[] { "| N ", "| P50 ", "| P95 ", "| P99 ", "| Err% ", "| Dropped ", "| RPS ", "| Lag P99 ", "| Queue P50 ", "| Compile P50 ", "| Slowdown P95 ", "| Baseline! " })
        {
            Assert.Contains(column, output.Stdout);
        }
    }

    [Theory]
    [InlineData(new[] { "--filter", "*baseline*" }, new[] { "Isolated(baseline_test)" })]
    [InlineData(new[] { "--filter", "*Mixed*" }, new[] { "Mixed" })]
    [InlineData(new[] { "--scenarios", "boost_heavy,cpu_intensive" }, new[] { "Isolated(boost_heavy)", "Isolated(cpu_intensive)", "Mixed" })]
    public async Task Filters_and_scenarios_select_what_they_say(string[] args, string[] cases)
    {
        var output = await Bench([.. args, "--rps", "10", "--duration", "1s", "--label", "select", "--local-time-scale", "0.001"]);

        Assert.True(output.ExitCode == 0, output.Stdout + output.Stderr);
        var records = RequestCsv.Read(Path.Combine(TempDir, "select", RequestCsv.FileName));
        Assert.Equal(cases.Order(), records.Select(r => r.Case).Distinct().Order());
        if (args.Contains("--scenarios"))
        {
            Assert.Equal(["boost_heavy", "cpu_intensive"], records.Where(r => r.Case == "Mixed").Select(r => r.Workload).Distinct().Order());
        }
    }

    [Fact]
    public async Task A_sustained_run_reports_its_windows_after_the_warm_up()
    {
        var output = await Bench("--filter", "*simple*", "--pattern", "sustained", "--rps", "10", "--duration", "3s", "--warmup", "1s", "--window", "1s", "--label", "soak", "--local-time-scale", "0.001");

        Assert.True(output.ExitCode == 0, output.Stdout + output.Stderr);
        var windows = File.ReadAllLines(Path.Combine(TempDir, "soak", "windows.csv"));
        Assert.Equal(3, windows.Length);
        Assert.StartsWith("Case,Window,StartSeconds,EndSeconds,Scheduled,Successful,Errors,AchievedRps,P50,P95,P99", windows[0]);
        Assert.StartsWith("Isolated(simple),0,1,2,10,10,0,", windows[1]);
        Assert.Contains("| Isolated(simple) | simple | 20 | 10 | 20 |", output.Stdout);
    }

    [Fact]
    public async Task A_job_without_cebenchs_engine_is_refused()
    {
        var output = await Bench("--filter", "*minimal*", "--job", "short", "--duration", "1s");

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("does not use CeBench's open-model engine", output.Stdout + output.Stderr);
    }

    [Fact]
    public async Task Bad_input_exits_2_before_anything_runs()
    {
        var output = await Bench("--rps", "-1");

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("--rps", output.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(TempDir));
    }
}
