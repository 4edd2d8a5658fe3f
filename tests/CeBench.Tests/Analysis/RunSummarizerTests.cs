using CeBench.Core.Analysis;
using CeBench.Core.Client;
using CeBench.Core.Records;
using CeBench.Core.Workloads;
using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace CeBench.Tests.Analysis;

public class RunSummarizerTests
{
    private static RequestRecord Ok(string workload, long i, double latency, double compile, double queue) => new()
    {
        Index = i, Workload = workload, IntendedMs = i * 100, SentMs = (i * 100) + 1, DoneMs = (i * 100) + latency, LatencyMs = latency,
        LagMs = 1, CompileMs = compile, QueueMs = queue, Outcome = Outcome.Ok, Expected = true, Attempts = 1, HttpStatus = 200,
    };

    private static readonly Dictionary<string, Workload> Workloads = new()
    {
        ["short"] = new Workload { Name = "short", FilePath = "s.cpp", Source = "", BaselineMinMs = 0, BaselineMaxMs = 150 },
        ["long"] = new Workload { Name = "long", FilePath = "l.cpp", Source = "" },
    };

    [Fact]
    public void Summarizes_each_workload_and_the_whole_case_with_harrell_davis()
    {
        var shortLatencies = Enumerable.Range(1, 20).Select(i => 100.0 + (i * 10)).ToArray();
        var records = shortLatencies.Select((l, i) => Ok("short", i, l, compile: 50, queue: l - 60))
            .Concat(Enumerable.Range(0, 5).Select(i => Ok("long", 100 + i, 1000, compile: 900, queue: 50)))
            .Append(new RequestRecord { Index = 200, Workload = "short", IntendedMs = 0, DoneMs = 0, LatencyMs = 0, Outcome = Outcome.Dropped, Expected = false })
            .Append(new RequestRecord { Index = 201, Workload = "short", IntendedMs = 0, SentMs = 1, DoneMs = 10, LatencyMs = 10, Outcome = Outcome.HttpError, Expected = false, HttpStatus = 503 })
            .ToArray();

        var rows = RunSummarizer.Summarize("Mixed", records, TimeSpan.FromSeconds(10), Workloads);

        Assert.Equal(["long", "short", RunSummarizer.AllWorkloads], rows.Select(r => r.Workload));
        var s = rows[1];
        Assert.Equal((22L, 21L, 20L, 1L, 1L), (s.Scheduled, s.Sent, s.Successful, s.Errors, s.Dropped));
        Assert.Equal(100.0 / 21, s.ErrorPercent, 6);
        var expectedP95 = (double)HarrellDavisQuantileEstimator.Instance.Quantile(new Sample(shortLatencies), Probability.Of(0.95));
        Assert.Equal(expectedP95, s.P95!.Value, 9);
        Assert.Equal(2.2, s.TargetRps, 9);
        Assert.Equal(2.1, s.AchievedRps, 9);
        Assert.Equal(50, s.CompileP50!.Value, 9);
        Assert.Equal(shortLatencies.Count(l => l > 150), s.BaselineViolations);
        Assert.Null(rows[0].BaselineViolations);
        Assert.Equal(new Dictionary<string, long> { ["dropped"] = 1, ["http-error"] = 1, ["ok"] = 20 }, s.Outcomes);
        Assert.Equal(27L, rows[2].Scheduled);
    }

    [Fact]
    public void Slowdown_divides_each_latency_by_its_own_workloads_median_compile_time()
    {
        var records = Enumerable.Range(0, 10).Select(i => Ok("short", i, 500, compile: 50, queue: 440))
            .Concat(Enumerable.Range(0, 10).Select(i => Ok("long", 10 + i, 1000, compile: 1000, queue: 0)))
            .ToArray();

        var rows = RunSummarizer.Summarize("Mixed", records, TimeSpan.FromSeconds(10), Workloads);

        Assert.Equal(10, rows.Single(r => r.Workload == "short").SlowdownP95!.Value, 6);
        Assert.Equal(1, rows.Single(r => r.Workload == "long").SlowdownP95!.Value, 6);
        Assert.Equal(10, rows.Single(r => r.Workload == RunSummarizer.AllWorkloads).SlowdownP95!.Value, 1);
    }

    [Fact]
    public void A_workload_without_successes_has_no_latency_figures()
    {
        var records = new[] { new RequestRecord { Index = 0, Workload = "short", IntendedMs = 0, SentMs = 1, DoneMs = 5, LatencyMs = 5, Outcome = Outcome.TransportError, Expected = false } };

        var row = Assert.Single(RunSummarizer.Summarize("Isolated(short)", records, TimeSpan.FromSeconds(1), Workloads));

        Assert.Null(row.P50);
        Assert.Equal(100, row.ErrorPercent);
    }
}
