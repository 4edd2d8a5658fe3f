using CeBench.Core.Client;
using CeBench.Core.Driver;
using CeBench.Core.Records;
using CeBench.Core.Schedules;
using CeBench.LocalCe.Faults;
using CeBench.Tests.Client;
using CeBench.Tests.Fakes;
using CeBench.Tests.LocalCe;

namespace CeBench.Tests.Driver;

/// <summary>Under each fault the local target injects, every scheduled request is recorded once, as the server saw it.</summary>
public sealed class FaultSurvivalTests : TempDirectoryTest
{
    private const int Requests = 60;

    public static TheoryData<string, Outcome, int?> Faults() => new()
    {
        { "503:0.3", Outcome.HttpError, 503 },
        { "500:0.3", Outcome.HttpError, 500 },
        { "429:0.3", Outcome.RateLimited, 429 },
        { "reset:0.3", Outcome.TransportError, null },
        { "malformed:0.3", Outcome.InternalError, 200 },
        { "delay=30ms:0.3", Outcome.Ok, 200 },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Each_fault_kind_is_recorded_once_per_request_and_matches_the_server(string fault, Outcome faulted, int? status)
    {
        var rule = FaultRule.Parse(fault);
        await using var host = await LocalTargets.StartAsync(LocalTargets.Fast with { Faults = [rule], Seed = 5 });
        using var client = LocalTargets.Client(host, ClientFactory.Fast(retries: 0));
        var schedule = Enumerable.Range(0, Requests).Select(i => new ScheduledRequest(i, TimeSpan.FromMilliseconds(5 * i), 0)).ToArray();

        await using (var recorder = new RunRecorder(TempDir, fault))
        {
            await OpenModelDriver.Start(new DriverPlan(schedule, [LocalTargets.Request("simple")], 100), client, recorder, CancellationToken.None)
                .Completion.WaitAsync(TimeSpan.FromSeconds(60));
        }

        var records = RequestCsv.Read(Path.Combine(TempDir, RequestCsv.FileName));
        var stats = host.Stats;
        Assert.Equal(Requests, records.Count);
        Assert.Equal(Requests, records.Select(r => r.Index).Distinct().Count());
        Assert.Equal(Requests, stats.Received);
        Assert.Equal(stats.Received, stats.Completed + stats.Faulted + stats.Rejected);
        var hits = rule.Kind == FaultKind.Delay ? stats.ByFault["delay"] : stats.Faulted;
        Assert.InRange(hits, 1, Requests - 1);
        if (rule.Kind == FaultKind.Delay)
        {
            Assert.All(records, r => Assert.Equal(Outcome.Ok, r.Outcome));
        }
        else
        {
            Assert.Equal(hits, records.Count(r => r.Outcome == faulted && r.HttpStatus == status));
            Assert.Equal(stats.Completed, records.Count(r => r.Outcome == Outcome.Ok));
        }
    }

    [Fact]
    public async Task Retries_keep_the_first_intended_time_and_count_every_attempt_the_server_saw()
    {
        await using var host = await LocalTargets.StartAsync(LocalTargets.Fast with { Faults = [FaultRule.Parse("503:0.3"), FaultRule.Parse("reset:0.2")], Seed = 9 });
        using var client = LocalTargets.Client(host, ClientFactory.Fast(retries: 3));
        var schedule = Enumerable.Range(0, Requests).Select(i => new ScheduledRequest(i, TimeSpan.FromMilliseconds(5 * i), 0)).ToArray();

        await using (var recorder = new RunRecorder(TempDir, "retries"))
        {
            await OpenModelDriver.Start(new DriverPlan(schedule, [LocalTargets.Request("simple")], 100), client, recorder, CancellationToken.None)
                .Completion.WaitAsync(TimeSpan.FromSeconds(60));
        }

        var records = RequestCsv.Read(Path.Combine(TempDir, RequestCsv.FileName));
        var stats = host.Stats;
        Assert.Equal(Requests, records.Count);
        Assert.Equal(stats.Received, records.Sum(r => r.Attempts));
        Assert.Contains(records, r => r.Attempts > 1 && r.Outcome == Outcome.Ok);
        Assert.All(records, r => Assert.Equal(r.Index * 5.0, r.IntendedMs));
        Assert.All(records.Where(r => r.Attempts > 1), r => Assert.True(r.LatencyMs >= r.ServiceMs));
        Assert.Equal(stats.Completed, records.Count(r => r.Outcome == Outcome.Ok));
    }
}
