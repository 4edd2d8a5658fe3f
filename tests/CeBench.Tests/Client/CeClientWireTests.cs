using System.Text.Json.Nodes;
using CeBench.Core.Client;
using CeBench.Core.Endpoints;
using CeBench.Core.Requests;
using CeBench.Core.Workloads;
using CeBench.Tests.Fakes;

namespace CeBench.Tests.Client;

/// <summary>What the client puts on the wire, as a loopback Kestrel saw it.</summary>
public class CeClientWireTests
{
    [Fact]
    public async Task Sends_the_exact_headers_ce_needs()
    {
        await using var server = await ScriptedServer.StartAsync(200, CeAnswers.Ok);
        using var client = ClientFactory.For(server.BaseUri);

        var result = await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal(Outcome.Ok, result.Outcome);
        var seen = Assert.Single(server.Requests);
        Assert.Equal("POST", seen.Method);
        Assert.Equal("/api/compiler/g151/compile", seen.PathAndQuery);
        Assert.Equal("application/json", seen.Headers["Content-Type"]);
        Assert.Equal("application/json", seen.Headers["Accept"]);
        Assert.Equal("CE-StressTest/1.0", seen.Headers["User-Agent"]);
        Assert.Equal(seen.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), seen.Headers["Content-Length"]);
    }

    [Fact]
    public async Task Sends_the_workload_with_two_libraries_user_arguments_and_bypass_cache()
    {
        var workload = WorkloadParser.Parse(
            "/w/libs.cpp", "// compile: -O3 -std=c++20 -Wall\n// lib: boost/187\n// lib: ctre/trunk\n// compiler: g122\n\nint main() {}\n");
        await using var server = await ScriptedServer.StartAsync(200, CeAnswers.Ok);
        using var client = ClientFactory.For(server.BaseUri, ClientFactory.Fast() with { UserAgent = "team-bench/2" });

        await client.CompileAsync(CompileRequestBuilder.Prepare(workload, new CompileRunOptions()), CancellationToken.None);

        var seen = Assert.Single(server.Requests);
        Assert.Equal("/api/compiler/g122/compile", seen.PathAndQuery);
        Assert.Equal("team-bench/2", seen.Headers["User-Agent"]);
        var body = JsonNode.Parse(seen.BodyText)!;
        Assert.Equal(workload.Source, (string?)body["source"]);
        Assert.Equal(1, (int?)body["bypassCache"]);
        Assert.Equal("-O3 -std=c++20 -Wall", (string?)body["options"]!["userArguments"]);
        Assert.Equal("""[{"id":"boost","version":"187"},{"id":"ctre","version":"trunk"}]""", body["options"]!["libraries"]!.ToJsonString());
        Assert.Equal(["source", "lang", "bypassCache", "allowStoreCodeDebug", "options"], body.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Keeps_a_path_prefix_such_as_beta()
    {
        await using var server = await ScriptedServer.StartAsync(200, CeAnswers.Ok);
        using var client = new CeClient(CeEndpoint.Parse(new Uri(server.BaseUri, "beta").AbsoluteUri), ClientFactory.Fast());

        await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal("/beta/api/compiler/g151/compile", Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public async Task Reports_timings_and_text_from_the_answer_with_timestamps_in_order()
    {
        await using var server = await ScriptedServer.StartAsync(200, CeAnswers.Ok);
        using var client = ClientFactory.For(server.BaseUri);

        var result = await client.CompileAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.Equal(412, result.Response!.ExecTime);
        Assert.Equal(35, result.Response.QueueTime);
        Assert.Equal(1, result.Attempts);
        Assert.True(result.IsExpected);
        Assert.Equal(200, result.HttpStatus);
        Assert.NotNull(result.SentTimestamp);
        Assert.True(result.DoneTimestamp >= result.SentTimestamp);
    }
}
