using CeBench.Core;
using CeBench.Core.Client;
using CeBench.LocalCe.Faults;
using CeBench.LocalCe.Hosting;

namespace CeBench.Tests.LocalCe;

public class FaultInjectionTests
{
    [Fact]
    public void Each_rule_hits_at_its_rate_within_binomial_bounds()
    {
        var rules = new[] { "503:0.05", "429:0.02", "reset:0.01", "delay=2s:0.05", "malformed:0.01" }.Select(FaultRule.Parse).ToArray();
        var injector = new FaultInjector(rules, seed: 42);
        const int n = 20_000;

        var hits = Enumerable.Range(0, n).Select(_ => injector.Next()?.Name ?? "none").CountBy(x => x).ToDictionary();

        foreach (var rule in rules)
        {
            var sd = Math.Sqrt(n * rule.Rate * (1 - rule.Rate));
            Assert.InRange(hits.GetValueOrDefault(rule.Name), (n * rule.Rate) - (4 * sd), (n * rule.Rate) + (4 * sd));
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_faults()
    {
        var rules = new[] { FaultRule.Parse("503:0.3") };

        var a = new FaultInjector(rules, 5);
        var first = Enumerable.Range(0, 100).Select(_ => a.Next() is null).ToArray();
        var b = new FaultInjector(rules, 5);
        var second = Enumerable.Range(0, 100).Select(_ => b.Next() is null).ToArray();

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("503", "KIND:RATE")]
    [InlineData("503:1.5", "KIND:RATE")]
    [InlineData("503:-0.1", "KIND:RATE")]
    [InlineData("200:0.1", "fault kind '200' is unknown")]
    [InlineData("explode:0.1", "fault kind 'explode' is unknown")]
    [InlineData("delay=soon:0.1", "is not a duration")]
    public void Bad_fault_flags_are_bad_input(string text, string message)
    {
        var e = Assert.Throws<BadInputException>(() => FaultRule.Parse(text));

        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Rates_over_one_in_total_are_refused() =>
        Assert.Throws<BadInputException>(() => new FaultInjector([FaultRule.Parse("503:0.6"), FaultRule.Parse("reset:0.5")], 1));

    [Fact]
    public async Task What_the_client_saw_is_what_the_server_counted()
    {
        var faults = new[] { "503:0.1", "429:0.1", "reset:0.1", "delay=20ms:0.1", "malformed:0.1" }.Select(FaultRule.Parse).ToArray();
        await using var host = await LocalTargets.StartAsync(LocalTargets.Fast with { Faults = faults, Seed = 3 });
        using var client = LocalTargets.Client(host);
        var request = LocalTargets.Request("simple");
        const int n = 200;

        var results = new List<CompileResult>();
        foreach (var chunk in Enumerable.Range(0, n).Chunk(10))
        {
            results.AddRange(await Task.WhenAll(chunk.Select(_ => client.CompileAsync(request, CancellationToken.None))));
        }

        var stats = host.Stats;
        var seen = results.CountBy(r => (r.Outcome, r.HttpStatus)).ToDictionary();
        Assert.Equal(n, stats.Received);
        Assert.Equal(stats.Received, stats.Completed + stats.Faulted + stats.Rejected);
        Assert.Equal(stats.ByFault.GetValueOrDefault("503"), seen.GetValueOrDefault((Outcome.HttpError, (int?)503)));
        Assert.Equal(stats.ByFault.GetValueOrDefault("429"), seen.GetValueOrDefault((Outcome.RateLimited, (int?)429)));
        Assert.Equal(stats.ByFault.GetValueOrDefault("reset"), seen.GetValueOrDefault((Outcome.TransportError, (int?)null)));
        Assert.Equal(stats.ByFault.GetValueOrDefault("malformed"), seen.GetValueOrDefault((Outcome.InternalError, (int?)200)));
        Assert.Equal(stats.Completed, seen.GetValueOrDefault((Outcome.Ok, (int?)200)));
        Assert.All(new[] { "503", "429", "reset", "malformed", "delay" }, kind => Assert.True(stats.ByFault.GetValueOrDefault(kind) > 0, kind));
        Assert.Equal(0, stats.QueueLength);
    }
}
