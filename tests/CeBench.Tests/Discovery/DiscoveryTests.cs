using CeBench.Core;
using CeBench.Core.Discovery;
using CeBench.Core.Requests;
using CeBench.Core.Workloads;
using CeBench.Tests.Client;
using CeBench.Tests.Fakes;

namespace CeBench.Tests.Discovery;

public class DiscoveryTests
{
    private const string Compilers = """[{"id":"g151","name":"x86-64 gcc 15.1","lang":"c++"},{"id":"cg151","name":"x86-64 gcc 15.1","lang":"c"}]""";
    private const string Libraries = """[{"id":"boost","name":"Boost","versions":[{"id":"186","version":"1.86.0"},{"id":"187","version":"1.87.0"}]},{"id":"fmt","name":"{fmt}","versions":[{"id":"trunk","version":"trunk"}]}]""";

    private static Task<ScriptedServer> StartTarget() =>
        ScriptedServer.StartAsync((context, request, _) => request.PathAndQuery switch
        {
            "/api/compilers?fields=id,name,lang" => ScriptedServer.WriteAsync(context, 200, Compilers),
            "/api/libraries/c++" => ScriptedServer.WriteAsync(context, 200, Libraries),
            _ => ScriptedServer.WriteAsync(context, 404, "not found", "text/plain"),
        });

    private static PreparedCompileRequest Request(string header, string? compiler = null) =>
        CompileRequestBuilder.Prepare(
            WorkloadParser.Parse($"/w/{Guid.NewGuid():N}.cpp", header + "\nint x;\n"),
            new CompileRunOptions { Compiler = compiler });

    [Fact]
    public async Task Reads_compilers_and_libraries_with_json_headers()
    {
        await using var server = await StartTarget();
        using var client = ClientFactory.For(server.BaseUri);

        var catalog = await CeDiscovery.DiscoverAsync(client, ["c++"], CancellationToken.None);

        Assert.Equal(["g151", "cg151"], catalog.Compilers.Select(c => c.Id));
        Assert.Equal(["186", "187"], catalog.FindLibrary("c++", "boost")!.Versions!.Select(v => v.Id));
        Assert.All(server.Requests, r => Assert.Equal("application/json", r.Headers["Accept"]));
    }

    [Fact]
    public async Task Known_ids_pass()
    {
        await using var server = await StartTarget();
        using var client = ClientFactory.For(server.BaseUri);
        var catalog = await CeDiscovery.DiscoverAsync(client, ["c++"], CancellationToken.None);

        TargetValidator.Validate([Request("// lib: boost/187\n// lib: fmt/trunk")], catalog);
    }

    [Fact]
    public async Task Every_unknown_id_is_listed_in_one_error()
    {
        await using var server = await StartTarget();
        using var client = ClientFactory.For(server.BaseUri);
        var catalog = await CeDiscovery.DiscoverAsync(client, ["c++"], CancellationToken.None);

        var e = Assert.Throws<BadInputException>(() => TargetValidator.Validate(
            [
                Request("// lib: boost/190"),
                Request("// lib: ctre/trunk"),
                Request("", compiler: "clang9000"),
                Request("", compiler: "cg151"),
            ],
            catalog));

        Assert.Contains("library version 'boost/190'", e.Message);
        Assert.Contains("it has boost versions: 186, 187", e.Message);
        Assert.Contains("library 'ctre'", e.Message);
        Assert.Contains("compiler 'clang9000'", e.Message);
        Assert.Contains("compiler 'cg151' compiles c, but workload", e.Message);
        Assert.Contains("nothing was sent", e.Message);
    }

    [Fact]
    public async Task An_unreachable_target_is_bad_input()
    {
        using var client = ClientFactory.For(new Uri($"http://127.0.0.1:{FreePort.Next()}"));

        var e = await Assert.ThrowsAsync<BadInputException>(() => CeDiscovery.DiscoverAsync(client, ["c++"], CancellationToken.None));

        Assert.Contains("did not answer discovery", e.Message);
        Assert.Contains("--endpoint", e.Message);
    }

    [Fact]
    public async Task A_target_that_answers_nonsense_is_bad_input()
    {
        await using var server = await ScriptedServer.StartAsync(200, "<html>login</html>", "text/html");
        using var client = ClientFactory.For(server.BaseUri);

        await Assert.ThrowsAsync<BadInputException>(() => CeDiscovery.DiscoverAsync(client, ["c++"], CancellationToken.None));
    }
}
