using CeBench.Core.Client;
using CeBench.Tests.Fakes;
using Microsoft.AspNetCore.Http;

namespace CeBench.Tests.Client;

public class CeClientResilienceTests
{
    private static Task<ScriptedServer> FailThenOk(int failures, int status, string? retryAfter = null) =>
        ScriptedServer.StartAsync(async (context, _, index) =>
        {
            if (index < failures)
            {
                if (retryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = retryAfter;
                }

                await ScriptedServer.WriteAsync(context, status, "try later", "text/plain");
                return;
            }

            await ScriptedServer.WriteAsync(context, StatusCodes.Status200OK, CeAnswers.Ok);
        });

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Retries_gateway_and_unavailable_errors_and_counts_attempts(int status)
    {
        await using var server = await FailThenOk(2, status);
        using var client = ClientFactory.For(server.BaseUri, ClientFactory.Fast(retries: 3));

        var result = await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal(Outcome.Ok, result.Outcome);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(2, result.RetryDelays.Count);
    }

    [Fact]
    public async Task Gives_up_after_the_last_retry_with_the_last_outcome()
    {
        await using var server = await FailThenOk(10, 503);
        using var client = ClientFactory.For(server.BaseUri, ClientFactory.Fast(retries: 2));

        var result = await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal(Outcome.HttpError, result.Outcome);
        Assert.Equal(503, result.HttpStatus);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Waits_out_retry_after_on_429()
    {
        await using var server = await FailThenOk(1, 429, retryAfter: "1");
        using var client = ClientFactory.For(server.BaseUri, ClientFactory.Fast(retries: 2) with { RetryAfterCap = TimeSpan.FromSeconds(10) });

        var result = await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal(Outcome.Ok, result.Outcome);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(1), Assert.Single(result.RetryDelays));
    }

    [Fact]
    public async Task Caps_a_long_retry_after()
    {
        await using var server = await FailThenOk(1, 429, retryAfter: "300");
        using var client = ClientFactory.For(server.BaseUri, ClientFactory.Fast(retries: 1) with { RetryAfterCap = TimeSpan.FromMilliseconds(50) });

        var result = await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal(Outcome.Ok, result.Outcome);
        Assert.Equal(TimeSpan.FromMilliseconds(50), Assert.Single(result.RetryDelays));
    }

    [Fact]
    public async Task A_429_that_stays_is_rate_limited_after_all_attempts()
    {
        await using var server = await FailThenOk(10, 429, retryAfter: "0");
        using var client = ClientFactory.For(server.BaseUri, ClientFactory.Fast(retries: 2));

        var result = await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal(Outcome.RateLimited, result.Outcome);
        Assert.Equal(3, result.Attempts);
    }

    [Theory]
    [InlineData(400, "Missing source")]
    [InlineData(404, "Unknown compiler")]
    [InlineData(408, "Request Timeout")]
    [InlineData(413, "Payload too large")]
    [InlineData(200, CeAnswers.CompileError)]
    [InlineData(200, CeAnswers.Internal)]
    public async Task Never_retries_what_a_second_try_cannot_change(int status, string body)
    {
        await using var server = await ScriptedServer.StartAsync(status, body);
        using var client = ClientFactory.For(server.BaseUri, ClientFactory.Fast(retries: 3));

        var result = await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal(1, result.Attempts);
        Assert.Single(server.Requests);
        Assert.Empty(result.RetryDelays);
    }

    [Fact]
    public async Task Retries_transport_errors()
    {
        using var client = ClientFactory.For(new Uri($"http://127.0.0.1:{FreePort.Next()}"), ClientFactory.Fast(retries: 2));

        var result = await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal(Outcome.TransportError, result.Outcome);
        Assert.Equal(3, result.Attempts);
    }

    [Fact]
    public async Task The_circuit_breaker_opens_on_a_dead_port_and_then_sends_nothing()
    {
        var options = ClientFactory.Fast() with
        {
            CircuitBreaker = new CircuitBreakerSettings
            {
                FailureRatio = 0.5,
                MinimumThroughput = 3,
                SamplingDuration = TimeSpan.FromMinutes(1),
                BreakDuration = TimeSpan.FromMinutes(1),
            },
        };
        using var client = ClientFactory.For(new Uri($"http://127.0.0.1:{FreePort.Next()}"), options);

        var results = new List<CompileResult>();
        for (var i = 0; i < 6; i++)
        {
            results.Add(await client.CompileAsync(ClientFactory.Request(), CancellationToken.None));
        }

        Assert.All(results.Take(3), r => Assert.Equal((Outcome.TransportError, 1, false), (r.Outcome, r.Attempts, r.CircuitOpen)));
        Assert.All(results.Skip(3), r =>
        {
            Assert.Equal((Outcome.Cancelled, 0, true), (r.Outcome, r.Attempts, r.CircuitOpen));
            Assert.Null(r.SentTimestamp);
            Assert.Contains("circuit breaker open", r.Detail);
        });
    }

    [Fact]
    public void Retry_after_is_capped_and_never_negative()
    {
        var cap = TimeSpan.FromSeconds(30);
        AttemptResult With(TimeSpan? wait) => new() { Outcome = Outcome.RateLimited, RetryAfter = wait };

        Assert.Equal(TimeSpan.FromSeconds(5), CeResiliencePipeline.RetryAfterDelay(With(TimeSpan.FromSeconds(5)), cap));
        Assert.Equal(cap, CeResiliencePipeline.RetryAfterDelay(With(TimeSpan.FromSeconds(300)), cap));
        Assert.Equal(TimeSpan.Zero, CeResiliencePipeline.RetryAfterDelay(With(TimeSpan.FromSeconds(-3)), cap));
        Assert.Null(CeResiliencePipeline.RetryAfterDelay(With(null), cap));
    }
}
