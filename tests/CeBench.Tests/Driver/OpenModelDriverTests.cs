using CeBench.Core.Client;
using CeBench.Core.Driver;
using CeBench.Core.Records;
using CeBench.Core.Requests;
using CeBench.Core.Schedules;
using CeBench.LocalCe.Hosting;
using CeBench.Tests.Fakes;
using CeBench.Tests.LocalCe;

namespace CeBench.Tests.Driver;

/// <summary>The open-model driver against the local target: one record per scheduled request, whatever happens.</summary>
public sealed class OpenModelDriverTests : TempDirectoryTest
{
    private static ScheduledRequest[] Every(TimeSpan gap, int count, Func<int, int>? workload = null) =>
        Enumerable.Range(0, count).Select(i => new ScheduledRequest(i, gap * i, workload?.Invoke(i) ?? 0)).ToArray();

    private async Task<(DriverResult Result, IReadOnlyList<RequestRecord> Records)> RunAsync(
        LocalCeOptions target, IReadOnlyList<ScheduledRequest> schedule, IReadOnlyList<PreparedCompileRequest> requests, int maxInFlight, TimeSpan? stopAfter = null)
    {
        await using var host = await LocalTargets.StartAsync(target);
        using var client = LocalTargets.Client(host);
        using var stop = new CancellationTokenSource();
        DriverResult result;
        await using (var recorder = new RunRecorder(TempDir, "case"))
        {
            var run = OpenModelDriver.Start(new DriverPlan(schedule, requests, maxInFlight), client, recorder, stop.Token);
            if (stopAfter is { } after)
            {
                stop.CancelAfter(after);
            }

            result = await run.Completion.WaitAsync(TimeSpan.FromSeconds(60));
        }

        return (result, RequestCsv.Read(Path.Combine(TempDir, RequestCsv.FileName)));
    }

    [Fact]
    public async Task Every_scheduled_request_gets_exactly_one_record()
    {
        var (result, records) = await RunAsync(LocalTargets.Fast, Every(TimeSpan.FromMilliseconds(10), 40), [LocalTargets.Request("simple")], 100);

        Assert.Equal(40, records.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => (long)i), records.Select(r => r.Index).Order());
        Assert.All(records, r => Assert.Equal((Outcome.Ok, true, "case"), (r.Outcome, r.Expected, r.Case)));
        Assert.All(records, r => Assert.Equal(r.DoneMs - r.IntendedMs, r.LatencyMs, 0.002));
        Assert.All(records, r => Assert.Equal(r.SentMs!.Value - r.IntendedMs, r.LagMs!.Value, 0.002));
        Assert.Equal((40L, 40L, 0L, 0L, false), (result.Scheduled, result.Sent, result.Dropped, result.NeverSent, result.Interrupted));
    }

    [Fact]
    public async Task A_stalled_server_raises_the_latency_of_requests_behind_it_while_their_lag_stays_small()
    {
        // One worker; the first request is a Boost compile (~250 ms here), the rest are tiny and queue behind it.
        var target = LocalTargets.Fast with { Workers = 1, TimeScale = 0.05, NoiseSigma = 0 };
        var schedule = Every(TimeSpan.FromMilliseconds(20), 8, i => i == 0 ? 1 : 0);
        var (_, records) = await RunAsync(target, schedule, [LocalTargets.Request("minimal"), LocalTargets.Request("boost_heavy")], 100);

        var stall = records.Single(r => r.Index == 0).CompileMs!.Value;
        var behind = records.Where(r => r.Index > 0 && r.IntendedMs < stall / 2).ToArray();
        Assert.NotEmpty(behind);
        Assert.All(behind, r =>
        {
            Assert.True(r.LatencyMs >= stall - r.IntendedMs, $"request {r.Index} latency {r.LatencyMs} ms did not include the stall");
            Assert.True(r.LagMs < r.LatencyMs / 4, $"request {r.Index} lag {r.LagMs} ms: the driver waited for the server");
            Assert.True(r.QueueMs >= stall - r.IntendedMs - 5, "the server reports the wait as queue time");
        });
    }

    [Fact]
    public async Task Requests_over_the_in_flight_cap_are_recorded_as_dropped()
    {
        var target = LocalTargets.Fast with { Workers = 1, TimeScale = 0.05, NoiseSigma = 0 };
        var (result, records) = await RunAsync(target, Every(TimeSpan.FromMilliseconds(10), 10), [LocalTargets.Request("boost_heavy")], maxInFlight: 2);

        var dropped = records.Where(r => r.Outcome == Outcome.Dropped).ToArray();
        Assert.Equal(10, records.Count);
        Assert.NotEmpty(dropped);
        Assert.All(dropped, r => Assert.Null(r.SentMs));
        Assert.All(dropped, r => Assert.Contains("in-flight cap of 2", r.Detail));
        Assert.Equal(result.Dropped, dropped.Length);
        Assert.Equal(10, result.Sent + result.Dropped);
        Assert.Equal(result.Sent, records.Count(r => r.Outcome == Outcome.Ok));
    }

    [Fact]
    public async Task Cancelling_mid_run_leaves_one_record_per_scheduled_request()
    {
        var target = LocalTargets.Fast with { Workers = 1, TimeScale = 0.05 };
        var schedule = Every(TimeSpan.FromMilliseconds(20), 100);
        var (result, records) = await RunAsync(target, schedule, [LocalTargets.Request("boost_heavy")], 1000, stopAfter: TimeSpan.FromMilliseconds(400));

        Assert.True(result.Interrupted);
        Assert.Equal(100, records.Count);
        Assert.Equal(100, records.Select(r => r.Index).Distinct().Count());
        var cancelled = records.Where(r => r.Outcome == Outcome.Cancelled).ToArray();
        Assert.Contains(cancelled, r => r.SentMs is null);
        Assert.Contains(cancelled, r => r.SentMs is not null);
        Assert.Equal(result.NeverSent, cancelled.Count(r => r.SentMs is null));
        Assert.All(records.Where(r => r.SentMs is null && r.Outcome == Outcome.Cancelled), r => Assert.True(r.LatencyMs >= 0));
    }
}
