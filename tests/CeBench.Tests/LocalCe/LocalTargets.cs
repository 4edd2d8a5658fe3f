using CeBench.Core.Client;
using CeBench.Core.Endpoints;
using CeBench.Core.Requests;
using CeBench.Core.Workloads;
using CeBench.LocalCe.Hosting;
using CeBench.Tests.Client;

namespace CeBench.Tests.LocalCe;

/// <summary>Local targets for tests: in-process, free port, fast model times.</summary>
internal static class LocalTargets
{
    public static readonly LocalCeOptions Fast = new() { TimeScale = 0.001, Seed = 7 };

    public static Task<LocalCeHost> StartAsync(LocalCeOptions? options = null) => LocalCeHost.StartAsync(options ?? Fast);

    public static CeClient Client(LocalCeHost host, CeClientOptions? options = null) =>
        new(CeEndpoint.Parse("local").WithBaseUri(host.BaseUri), options ?? ClientFactory.Fast());

    public static PreparedCompileRequest Request(string name) =>
        CompileRequestBuilder.Prepare(WorkloadCatalog.Load(RepoPaths.Workloads)[name], new CompileRunOptions());

    public static PreparedCompileRequest Request(string header, string code) =>
        CompileRequestBuilder.Prepare(WorkloadParser.Parse("/w/adhoc.cpp", header + "\n" + code), new CompileRunOptions());
}
