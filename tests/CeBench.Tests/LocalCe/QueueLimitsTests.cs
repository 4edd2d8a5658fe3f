using CeBench.Core.Client;

namespace CeBench.Tests.LocalCe;

public class QueueLimitsTests
{
    [Fact]
    public async Task Jobs_that_wait_past_the_stale_limit_get_ces_stale_answer()
    {
        await using var host = await LocalTargets.StartAsync(LocalTargets.Fast with { Workers = 1, TimeScale = 0.05, StaleAfter = TimeSpan.FromMilliseconds(50) });
        using var client = LocalTargets.Client(host);
        var slow = LocalTargets.Request("boost_heavy");

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.CompileAsync(slow, CancellationToken.None)));

        Assert.Equal(1, results.Count(r => r.Outcome == Outcome.Ok));
        var stale = results.Where(r => r.Outcome == Outcome.ServerTimeout).ToArray();
        Assert.Equal(2, stale.Length);
        Assert.All(stale, r => Assert.Contains("Compilation was in the queue too long", r.Response!.StderrText));
        Assert.All(stale, r => Assert.True(r.Response!.QueueTime > 50));
        Assert.Equal(2, host.Stats.ByOutcome["stale"]);
    }

    [Fact]
    public async Task A_full_queue_answers_503_and_counts_it()
    {
        await using var host = await LocalTargets.StartAsync(LocalTargets.Fast with { Workers = 1, TimeScale = 0.05, MaxQueueLength = 1 });
        using var client = LocalTargets.Client(host);
        var slow = LocalTargets.Request("boost_heavy");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.CompileAsync(slow, CancellationToken.None)));

        var refused = results.Count(r => r.HttpStatus == 503);
        // One job runs and one waits at most; whether the worker took the first before the others came is a race.
        Assert.InRange(refused, 1, 5);
        Assert.Equal(6 - refused, results.Count(r => r.Outcome == Outcome.Ok));
        var stats = host.Stats;
        Assert.Equal(refused, stats.ByRejection["503"]);
        Assert.Equal(stats.Received, stats.Completed + stats.Rejected);
    }
}
