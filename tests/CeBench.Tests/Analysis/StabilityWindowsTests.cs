using CeBench.Core.Analysis;
using CeBench.Core.Client;
using CeBench.Core.Records;

namespace CeBench.Tests.Analysis;

public class StabilityWindowsTests
{
    private static RequestRecord At(long i, double intendedMs, double latency, Outcome outcome = Outcome.Ok) => new()
    {
        Index = i, Workload = "w", IntendedMs = intendedMs, SentMs = intendedMs, DoneMs = intendedMs + latency, LatencyMs = latency,
        Outcome = outcome, Expected = outcome == Outcome.Ok,
    };

    [Fact]
    public void Windows_start_after_the_warm_up_and_show_a_service_that_degrades()
    {
        // 10 rps for 4 s; latency grows from 100 ms to 400 ms, one error in the last second.
        var records = Enumerable.Range(0, 40).Select(i => At(i, i * 100, 100 * ((i / 10) + 1), i == 35 ? Outcome.HttpError : Outcome.Ok)).ToArray();

        var windows = StabilityWindows.Compute("Isolated(w)", records, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5));

        Assert.Equal([(1.0, 2.5), (2.5, 4.0)], windows.Select(w => (w.StartSeconds, w.EndSeconds)));
        Assert.Equal([15L, 15L], windows.Select(w => w.Scheduled));
        Assert.Equal([0L, 1L], windows.Select(w => w.Errors));
        Assert.Equal(10, windows[0].AchievedRps, 9);
        Assert.True(windows[1].P50 > windows[0].P50);
        Assert.Contains("| Isolated(w) | 1 | 2.5 | 4 | 15 | 14 | 1 |", StabilityWindows.ToMarkdown(windows));
    }

    [Fact]
    public void The_summary_leaves_warm_up_requests_out_and_counts_them()
    {
        var records = Enumerable.Range(0, 20).Select(i => At(i, i * 100, i < 10 ? 5000 : 100)).ToArray();

        var row = Assert.Single(RunSummarizer.Summarize("c", records, TimeSpan.FromSeconds(2), new Dictionary<string, CeBench.Core.Workloads.Workload>(), TimeSpan.FromSeconds(1)));

        Assert.Equal((10L, 10L, 10L), (row.Scheduled, row.Warmup, row.Successful));
        Assert.Equal(100, row.P99!.Value, 9);
        Assert.Equal(10, row.TargetRps, 9);
    }
}
