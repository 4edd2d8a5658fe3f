using CeBench.Core.Comparison;
using CeBench.Tests.Fakes;

namespace CeBench.Tests.Comparison;

/// <summary>
/// Two runs of the real bench against the local model backend, compared by the real
/// <c>compare</c> sub-command: a 1.5x costlier fleet must come out slower everywhere and a
/// rerun with other seeds the same. Runs are short (8 s), with service times of 50-110 ms on
/// 2 workers at 8 requests/s, below half their capacity, so any difference is the cost factor.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class CompareEndToEndTests : TempDirectoryTest
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private Task<DotnetProcess.Output> Bench(string label, params string[] args) =>
        DotnetProcess.RunAsync("CeBench.Bench.dll",
            ["--filter", "*Mixed*", "--scenarios", "minimal,simple", "--rps", "8", "--duration", "8s", "--local-time-scale", "0.2",
             "--results", TempDir, "--label", label, .. args],
            Limit);

    private Task<DotnetProcess.Output> Compare(string before, string after) =>
        DotnetProcess.RunAsync("CeBench.Bench.dll", ["compare", Path.Combine(TempDir, before), Path.Combine(TempDir, after)], Limit);

    [Fact]
    public async Task A_costlier_fleet_is_slower_everywhere_and_a_reseeded_rerun_is_the_same()
    {
        foreach (var (label, args) in new[]
                 {
                     ("base", new[] { "--seed", "1", "--local-seed", "1" }),
                     ("costlier", new[] { "--seed", "1", "--local-seed", "1", "--local-cost-scale", "1.5" }),
                     ("reseeded", new[] { "--seed", "2", "--local-seed", "2" }),
                 })
        {
            var run = await Bench(label, args);
            Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        }

        var slower = await Compare("base", "costlier");
        Assert.True(slower.ExitCode == 1, slower.Stdout + slower.Stderr);
        Assert.Equal(
            [("minimal", "slower"), ("simple", "slower"), ("*", "slower")],
            Verdicts("compare-base-vs-costlier"));
        Assert.Contains("\nwarning: the local target's costScale differs: before 1, after 1.5\n", slower.Stdout);

        var same = await Compare("base", "reseeded");
        Assert.True(same.ExitCode == 0, same.Stdout + same.Stderr);
        Assert.Equal(
            [("minimal", "same"), ("simple", "same"), ("*", "same")],
            Verdicts("compare-base-vs-reseeded"));
        Assert.Contains("| Mixed | simple |", same.Stdout);
    }

    /// <summary>(workload, verdict) per row of compare.csv, all of the Mixed case.</summary>
    private (string Workload, string Verdict)[] Verdicts(string folder)
    {
        var lines = File.ReadAllLines(Path.Combine(TempDir, folder, ComparisonTable.CsvFileName));
        var header = lines[0].Split(',');
        var rows = lines[1..].Select(l => l.Split(',')).ToArray();
        Assert.All(rows, r => Assert.Equal("Mixed", r[Array.IndexOf(header, "case")]));
        return rows.Select(r => (r[Array.IndexOf(header, "workload")], r[Array.IndexOf(header, "verdict")])).ToArray();
    }
}
