using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CeBench.Core.Client;
using CeBench.Core.Discovery;
using CeBench.Core.Requests;
using CeBench.Core.Workloads;

namespace CeBench.Tests.LocalCe;

/// <summary>The foundation's CE client cannot tell the local target from CE.</summary>
public class LocalCeWireTests
{
    [Fact]
    public async Task A_compile_round_trips_with_every_field_of_the_ce_answer()
    {
        await using var host = await LocalTargets.StartAsync();
        using var http = new HttpClient();
        using var content = new ByteArrayContent(LocalTargets.Request("simple").Body.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseUri, "api/compiler/g151/compile")) { Content = content };
        message.Headers.Accept.ParseAdd("application/json");

        using var response = await http.SendAsync(message);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var field in new[] { "code", "stdout", "stderr", "asm", "timedOut", "truncated", "okToCache", "execTime", "queueTime", "processExecutionResultTime", "parsingTime", "retreivedFromCache" })
        {
            Assert.True(body.ContainsKey(field), $"missing {field}");
        }

        Assert.Equal(0, (int)body["code"]!);
        Assert.True((double)body["execTime"]! > 0);
        Assert.True((double)body["queueTime"]! >= 0);
    }

    [Fact]
    public async Task The_client_sees_ok_and_compile_errors_with_timings()
    {
        await using var host = await LocalTargets.StartAsync();
        using var client = LocalTargets.Client(host);

        var ok = await client.CompileAsync(LocalTargets.Request("simple"), CancellationToken.None);
        var error = await client.CompileAsync(LocalTargets.Request("error_syntax"), CancellationToken.None);

        Assert.Equal((Outcome.Ok, true), (ok.Outcome, ok.IsExpected));
        Assert.NotNull(ok.Response!.ExecTime);
        Assert.NotNull(ok.Response.QueueTime);
        Assert.Equal((Outcome.CompileError, true), (error.Outcome, error.IsExpected));
        Assert.Contains("error", error.Response!.StderrText);
        Assert.Equal(new Dictionary<string, long> { ["compile-error"] = 1, ["ok"] = 1 }, host.Stats.ByOutcome);
    }

    [Fact]
    public async Task An_unknown_compiler_is_404()
    {
        await using var host = await LocalTargets.StartAsync();
        using var client = LocalTargets.Client(host);

        var result = await client.CompileAsync(
            CompileRequestBuilder.Prepare(WorkloadCatalog.Load(RepoPaths.Workloads)["simple"], new CompileRunOptions { Compiler = "clang9000" }),
            CancellationToken.None);

        Assert.Equal((Outcome.HttpError, 404), (result.Outcome, result.HttpStatus));
        Assert.Equal(1, host.Stats.ByRejection["404"]);
    }

    [Fact]
    public async Task An_unknown_library_and_a_refused_flag_get_ce_style_error_results()
    {
        await using var host = await LocalTargets.StartAsync();
        using var client = LocalTargets.Client(host);

        var library = await client.CompileAsync(LocalTargets.Request("// lib: boost/190\n", "int x;\n"), CancellationToken.None);
        var flag = await client.CompileAsync(LocalTargets.Request("// compile: -O2 -fplugin=./evil.so\n", "int x;\n"), CancellationToken.None);

        Assert.Equal((Outcome.InternalError, 200), (library.Outcome, library.HttpStatus));
        Assert.Contains("Unknown library boost/190", library.Response!.StderrText);
        Assert.Equal((Outcome.InternalError, 200), (flag.Outcome, flag.HttpStatus));
        Assert.Contains("Bad options: -fplugin=./evil.so", flag.Response!.StderrText);
        var stats = host.Stats;
        Assert.Equal((2L, 2L, 0L), (stats.Received, stats.Rejected, stats.Queued));
    }

    [Fact]
    public async Task A_body_over_16_megabytes_is_413()
    {
        await using var host = await LocalTargets.StartAsync();
        using var client = LocalTargets.Client(host);

        var result = await client.CompileAsync(LocalTargets.Request("", new string('x', 17 * 1024 * 1024)), CancellationToken.None);

        Assert.Equal((Outcome.HttpError, 413), (result.Outcome, result.HttpStatus));
        Assert.Equal(1, host.Stats.ByRejection["413"]);
    }

    [Fact]
    public async Task Missing_source_or_options_is_400()
    {
        await using var host = await LocalTargets.StartAsync();
        using var http = new HttpClient();

        foreach (var body in new[] { """{"options":{}}""", """{"source":"int x;"}""", "not json" })
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(new Uri(host.BaseUri, "api/compiler/g151/compile"), content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_charset_in_the_content_type_loses_the_options_as_on_ce()
    {
        await using var host = await LocalTargets.StartAsync();
        using var http = new HttpClient();
        using var content = new StringContent(Encoding.UTF8.GetString(LocalTargets.Request("// lib: boost/187\n", "int x;\n").Body.Span), Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri(host.BaseUri, "api/compiler/g151/compile"), content);

        Assert.Equal("application/json; charset=utf-8", content.Headers.ContentType!.ToString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, host.Stats.OptionsDropped);
    }

    [Fact]
    public async Task Without_accept_json_the_answer_is_plain_text()
    {
        await using var host = await LocalTargets.StartAsync();
        using var http = new HttpClient();
        using var content = new ByteArrayContent(LocalTargets.Request("simple").Body.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await http.PostAsync(new Uri(host.BaseUri, "api/compiler/g151/compile"), content);

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("main:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Discovery_knows_every_compiler_and_library_the_workloads_use()
    {
        await using var host = await LocalTargets.StartAsync();
        using var client = LocalTargets.Client(host);
        var workloads = WorkloadCatalog.Load(RepoPaths.Workloads).All;

        var catalog = await CeDiscovery.DiscoverAsync(client, workloads.Select(w => w.Lang), CancellationToken.None);

        TargetValidator.Validate(workloads.Select(w => CompileRequestBuilder.Prepare(w, new CompileRunOptions())), catalog);
        Assert.Equal(["g151", "g122"], catalog.Compilers.Select(c => c.Id));
        Assert.All(catalog.Compilers, c => Assert.Equal("c++", c.Lang));
    }

    [Fact]
    public async Task Discovery_routes_answer_as_ce_does()
    {
        await using var host = await LocalTargets.StartAsync();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        var all = JsonNode.Parse(await http.GetStringAsync(new Uri(host.BaseUri, "api/compilers?fields=all")))!.AsArray();
        var idsOnly = JsonNode.Parse(await http.GetStringAsync(new Uri(host.BaseUri, "api/compilers/c++?fields=id")))!.AsArray();
        var none = JsonNode.Parse(await http.GetStringAsync(new Uri(host.BaseUri, "api/compilers/fortran")))!.AsArray();
        var languages = JsonNode.Parse(await http.GetStringAsync(new Uri(host.BaseUri, "api/languages")))!.AsArray();
        var health = await http.GetStringAsync(new Uri(host.BaseUri, "healthcheck"));

        Assert.Contains("semver", all[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["id"], idsOnly[0]!.AsObject().Select(p => p.Key));
        Assert.Empty(none);
        Assert.Equal("c++", (string?)languages[0]!["id"]);
        Assert.Contains("awesome", health);
    }
}
