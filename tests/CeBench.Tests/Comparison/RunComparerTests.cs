using CeBench.Bench;
using CeBench.Core;
using CeBench.Core.Analysis;
using CeBench.Core.Client;
using CeBench.Core.Comparison;
using CeBench.Core.Records;
using CeBench.Tests.Fakes;

namespace CeBench.Tests.Comparison;

public sealed class RunComparerTests : TempDirectoryTest
{
    private static RunComparison Compare(string before, string after, ComparisonSettings? settings = null) =>
        RunComparer.Compare(ComparedRun.Load(before), ComparedRun.Load(after), settings ?? new ComparisonSettings());

    [Fact]
    public void A_mixed_case_is_compared_per_workload_and_as_a_whole()
    {
        var before = RunFolders.Write(TempDir, "before", RunFolders.Mixed(Latencies.LogNormal(100, 3), Latencies.LogNormal(100, 5)));
        var after = RunFolders.Write(TempDir, "after", RunFolders.Mixed(Latencies.LogNormal(100, 7), Latencies.LogNormal(100, 9, 1.5)));

        var comparison = Compare(before, after);

        Assert.Equal(["minimal", "simple", RunSummarizer.AllWorkloads], comparison.Rows.Select(r => r.Workload));
        Assert.All(comparison.Rows, r => Assert.Equal("Mixed", r.Case));
        Assert.Equal(LatencyVerdict.Same, comparison.Rows[0].Latency.Verdict);
        Assert.Equal(LatencyVerdict.Slower, comparison.Rows[1].Latency.Verdict);
        Assert.Equal(200, comparison.Rows[2].After.Successful);
        Assert.True(comparison.HasRegression);
        Assert.Empty(comparison.Warnings);
    }

    [Fact]
    public void Failures_are_counted_and_compared_but_never_timed()
    {
        var latencies = Latencies.LogNormal(100, 3);
        var before = RunFolders.Write(TempDir, "before", RunFolders.Mixed(latencies, latencies));
        var after = RunFolders.Write(TempDir, "after", RunFolders.Mixed(latencies, latencies, failedSimple: 30));

        var simple = Compare(before, after).Rows.Single(r => r.Workload == "simple");

        Assert.Equal((100L, 130L, 30L), (simple.After.Successful, simple.After.Sent, simple.After.Failed));
        // The 60 s timeouts are not latencies: the successful latencies are identical.
        Assert.Equal(LatencyVerdict.Same, simple.Latency.Verdict);
        Assert.Equal(simple.Before.P99, simple.After.P99);
        Assert.Equal(30.0 / 130, simple.After.ErrorRate);
        Assert.Equal(ErrorRateVerdict.More, simple.Errors.Verdict);
        Assert.True(simple.Errors.PValue < 0.001);
        Assert.True(simple.IsRegression);
    }

    [Fact]
    public void Differences_in_settings_and_a_saturated_generator_are_warned()
    {
        var manifest = RunFolders.Manifest("after") with
        {
            PatternParameters = "SteadyPattern { Rps = 20 }",
            Compiler = "g122",
            Local = new Dictionary<string, string> { ["policy"] = "sjf", ["backend"] = "model", ["costScale"] = "1.5", ["seed"] = "7" },
            Workloads = ["minimal", "simple", "boost_heavy"],
        };
        var before = RunFolders.Write(TempDir, "before", RunFolders.Mixed(Latencies.LogNormal(50, 3), Latencies.LogNormal(50, 5)));
        var laggy = Latencies.LogNormal(50, 7).Select((l, i) => RunFolders.Ok("Mixed", "minimal", 2 * i, l, lag: 30))
            .Concat(Latencies.LogNormal(50, 9).Select((l, i) => RunFolders.Ok("Mixed", "simple", (2 * i) + 1, l, lag: 30)));
        var after = RunFolders.Write(TempDir, "after", laggy, manifest);

        var warnings = Compare(before, after).Warnings;

        Assert.Contains(warnings, w => w.Contains("load pattern differs", StringComparison.Ordinal) && w.Contains("Rps = 20", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("compiler differs", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("policy differs: before fifo, after sjf", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("costScale differs: before 1, after 1.5", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("only after: boost_heavy", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("after run's generator was saturated in Mixed", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Contains("seed", StringComparison.Ordinal) || w.Contains("before run's generator", StringComparison.Ordinal));
    }

    [Fact]
    public void One_late_cold_send_is_not_a_saturated_generator()
    {
        var latencies = Latencies.LogNormal(60, 3);
        var before = RunFolders.Write(TempDir, "before", latencies.Select((l, i) => RunFolders.Ok("Mixed", i % 2 == 0 ? "minimal" : "simple", i, l, lag: i == 0 ? 25 : 0.3)));
        var after = RunFolders.Write(TempDir, "after", latencies.Select((l, i) => RunFolders.Ok("Mixed", i % 2 == 0 ? "minimal" : "simple", i, l, lag: i < 2 ? 25 : 0.3)));

        var warnings = Compare(before, after).Warnings;

        Assert.StartsWith("the after run's generator was saturated in Mixed: 2 of 60 requests were sent more than 10 ms late (send lag p99 ", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Dropped_requests_and_an_interrupted_run_are_warned()
    {
        var before = RunFolders.Write(TempDir, "before", RunFolders.Mixed(Latencies.LogNormal(50, 3), Latencies.LogNormal(50, 5)));
        var dropped = Enumerable.Range(0, 20).Select(i => new RequestRecord
        {
            Case = "Mixed", Index = 1000 + i, Workload = "simple", IntendedMs = 5000, DoneMs = 5000, LatencyMs = 0, Outcome = Outcome.Dropped, Expected = false,
        });
        var after = RunFolders.Write(TempDir, "after",
            RunFolders.Mixed(Latencies.LogNormal(50, 7), Latencies.LogNormal(50, 9)).Concat(dropped),
            RunFolders.Manifest("after") with { Complete = false });

        var warnings = Compare(before, after).Warnings;

        Assert.Contains(warnings, w => w.Contains("after run achieved only 83.3% of its target rate in Mixed (100 of 120 requests sent, 20 dropped", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("after run (after) did not complete", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sustained_runs_warm_up_is_left_out_as_in_its_summary()
    {
        // The first 10 requests (intended before 1 s) are 10x slower: warm-up that must not count.
        var latencies = Latencies.LogNormal(100, 3);
        var warm = latencies.Select((l, i) => RunFolders.Ok("Isolated(minimal)", "minimal", i, i < 10 ? l * 10 : l)).ToArray();
        var before = RunFolders.Write(TempDir, "before", latencies.Select((l, i) => RunFolders.Ok("Isolated(minimal)", "minimal", i, l)));
        var after = RunFolders.Write(TempDir, "after", warm, RunFolders.Manifest("after") with { WarmupSeconds = 1 });

        var row = Compare(before, after).Rows.Single();

        Assert.Equal("minimal", row.Workload);
        Assert.Equal((100L, 90L), (row.Before.Successful, row.After.Successful));
        Assert.Equal(LatencyVerdict.Same, row.Latency.Verdict);
    }

    [Fact]
    public void The_command_prints_the_table_writes_md_and_csv_and_exits_1_on_a_regression()
    {
        var before = RunFolders.Write(TempDir, "before", RunFolders.Mixed(Latencies.LogNormal(100, 3), Latencies.LogNormal(100, 5)));
        var after = RunFolders.Write(TempDir, "after", RunFolders.Mixed(Latencies.LogNormal(100, 7, 1.3), Latencies.LogNormal(100, 9, 1.3)),
            RunFolders.Manifest("after") with { Local = new Dictionary<string, string> { ["policy"] = "sjf", ["backend"] = "model", ["costScale"] = "1", ["seed"] = "1" } });
        var output = new StringWriter();

        var exitCode = CompareCommand.Run([before, after, "--threshold", "10%"], output);

        Assert.Equal(ExitCodes.Failed, exitCode);
        var folder = Path.Combine(TempDir, "compare-before-vs-after");
        var markdown = File.ReadAllText(Path.Combine(folder, ComparisonTable.MarkdownFileName));
        Assert.StartsWith(markdown, output.ToString(), StringComparison.Ordinal);
        Assert.Contains("threshold 10%", markdown);
        Assert.Contains("\nwarning: the local target's policy differs: before fifo, after sjf\n", output.ToString());
        Assert.Contains("| Case | Workload | OK before → after | Median ms |", markdown);
        Assert.Contains("| Mixed | simple | 100 → 100 |", markdown);
        var csv = File.ReadAllLines(Path.Combine(folder, ComparisonTable.CsvFileName));
        Assert.Equal(4, csv.Length);
        var header = csv[0].Split(',');
        var verdict = Array.IndexOf(header, "verdict");
        Assert.Equal(["slower", "slower", "slower"], csv[1..].Select(l => l.Split(',')[verdict]));
        Assert.StartsWith("Mixed,minimal,100,100,100,100,0,0,0,0,", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_exits_0_when_nothing_regressed()
    {
        var before = RunFolders.Write(TempDir, "before", RunFolders.Mixed(Latencies.LogNormal(100, 3), Latencies.LogNormal(100, 5)));
        var after = RunFolders.Write(TempDir, "after", RunFolders.Mixed(Latencies.LogNormal(100, 7, 0.6), Latencies.LogNormal(100, 9)));
        var output = new StringWriter();

        Assert.Equal(ExitCodes.Ok, CompareCommand.Run([before, after], output));
        Assert.Contains("| Mixed | minimal |", output.ToString());
        Assert.Contains("0 slower, 2 faster, 1 same, 0 unknown; 0 with more errors. No regression.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_requests_say_unknown_and_how_many_are_needed()
    {
        var before = RunFolders.Write(TempDir, "before", RunFolders.Mixed(Latencies.LogNormal(5, 3), Latencies.LogNormal(5, 5)));
        var after = RunFolders.Write(TempDir, "after", RunFolders.Mixed(Latencies.LogNormal(5, 7, 2), Latencies.LogNormal(5, 9, 2)));
        var output = new StringWriter();

        Assert.Equal(ExitCodes.Ok, CompareCommand.Run([before, after], output));
        Assert.Contains("unknown (needs 20 per side)", output.ToString());
        Assert.Contains("a verdict needs at least 20 successful requests per side", output.ToString());
    }

    [Fact]
    public void Runs_without_a_common_workload_are_bad_input()
    {
        var before = RunFolders.Write(TempDir, "before", Latencies.LogNormal(30, 3).Select((l, i) => RunFolders.Ok("Isolated(minimal)", "minimal", i, l)));
        var after = RunFolders.Write(TempDir, "after", Latencies.LogNormal(30, 5).Select((l, i) => RunFolders.Ok("Isolated(simple)", "simple", i, l)));

        var e = Assert.Throws<BadInputException>(() => Compare(before, after));
        Assert.Contains("no case and workload in common", e.Message);
    }
}
