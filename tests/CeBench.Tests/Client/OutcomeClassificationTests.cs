using CeBench.Core.Client;
using CeBench.Tests.Fakes;

namespace CeBench.Tests.Client;

/// <summary>Every status and body case of design.md section 4 maps to exactly one outcome, end to end.</summary>
public class OutcomeClassificationTests
{
    public static TheoryData<int, string, string, Outcome> Cases() => new()
    {
        { 200, CeAnswers.Ok, "application/json", Outcome.Ok },
        { 200, CeAnswers.CompileError, "application/json", Outcome.CompileError },
        { 200, CeAnswers.Internal, "application/json", Outcome.InternalError },
        { 200, CeAnswers.StaleQueue, "application/json", Outcome.ServerTimeout },
        { 200, CeAnswers.Killed, "application/json", Outcome.ServerTimeout },
        { 200, "main:\n  ret\n", "text/plain", Outcome.InternalError },
        { 200, "{\"code\":0,", "application/json", Outcome.InternalError },
        { 400, "Missing source", "text/plain", Outcome.HttpError },
        { 404, "Unknown compiler", "text/plain", Outcome.HttpError },
        { 405, "", "text/plain", Outcome.HttpError },
        { 408, "Request Timeout", "text/plain", Outcome.ServerTimeout },
        { 413, "Payload too large", "text/plain", Outcome.HttpError },
        { 429, "Too many requests", "text/plain", Outcome.RateLimited },
        { 500, "{\"code\":-1,\"stderr\":[{\"text\":\"boom\"}]}", "application/json", Outcome.HttpError },
        { 502, "Bad Gateway", "text/html", Outcome.HttpError },
        { 503, "Service Unavailable", "text/plain", Outcome.HttpError },
        { 504, "<html>Gateway Timeout</html>", "text/html", Outcome.ServerTimeout },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_answer_has_one_outcome(int status, string body, string contentType, Outcome expected)
    {
        await using var server = await ScriptedServer.StartAsync(status, body, contentType);
        using var client = ClientFactory.For(server.BaseUri);

        var result = await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(status, result.HttpStatus);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(expected == Outcome.Ok, result.IsExpected);
        Assert.Equal(expected == Outcome.Ok, result.Detail.Length == 0);
    }

    [Fact]
    public async Task A_compile_error_is_expected_only_for_error_workloads()
    {
        await using var server = await ScriptedServer.StartAsync(200, CeAnswers.CompileError);
        using var client = ClientFactory.For(server.BaseUri);

        var expected = await client.CompileAsync(ClientFactory.Request(ClientFactory.ExpectsError), CancellationToken.None);
        var unexpected = await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal(Outcome.CompileError, expected.Outcome);
        Assert.True(expected.IsExpected);
        Assert.Contains("expected ';'", expected.Detail);
        Assert.Equal(Outcome.CompileError, unexpected.Outcome);
        Assert.False(unexpected.IsExpected);
    }

    [Fact]
    public async Task A_successful_compile_of_an_error_workload_is_not_expected()
    {
        await using var server = await ScriptedServer.StartAsync(200, CeAnswers.Ok);
        using var client = ClientFactory.For(server.BaseUri);

        var result = await client.CompileAsync(ClientFactory.Request(ClientFactory.ExpectsError), CancellationToken.None);

        Assert.Equal(Outcome.Ok, result.Outcome);
        Assert.False(result.IsExpected);
    }

    [Fact]
    public async Task A_refused_connection_is_a_transport_error()
    {
        using var client = ClientFactory.For(new Uri($"http://127.0.0.1:{FreePort.Next()}"));

        var result = await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal(Outcome.TransportError, result.Outcome);
        Assert.Null(result.HttpStatus);
        Assert.Contains("refused", result.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task No_answer_within_the_attempt_timeout_is_a_client_timeout()
    {
        await using var server = await ScriptedServer.StartAsync(async (context, _, _) =>
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        using var client = ClientFactory.For(server.BaseUri, ClientFactory.Fast() with { AttemptTimeout = TimeSpan.FromMilliseconds(200) });

        var result = await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal(Outcome.Timeout, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.Null(result.HttpStatus);
    }

    [Fact]
    public async Task Stopping_the_run_gives_cancelled()
    {
        var arrived = new TaskCompletionSource();
        await using var server = await ScriptedServer.StartAsync(async (context, _, _) =>
        {
            arrived.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });
        using var client = ClientFactory.For(server.BaseUri);
        using var stop = new CancellationTokenSource();

        var call = client.CompileAsync(ClientFactory.Request(), stop.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        var result = await call;

        Assert.Equal(Outcome.Cancelled, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.NotNull(result.SentTimestamp);
    }
}
