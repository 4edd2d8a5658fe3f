using CeBench.Core.Client;
using CeBench.Core.Endpoints;
using CeBench.Core.Requests;
using CeBench.Core.Workloads;

namespace CeBench.Tests.Client;

/// <summary>Clients and requests for tests: fast retries, no breaker unless a test asks for one.</summary>
internal static class ClientFactory
{
    public static readonly Workload Simple = WorkloadParser.Parse("/w/simple.cpp", "// compile: -O2\n\nint main() { return 0; }\n");

    public static readonly Workload ExpectsError = WorkloadParser.Parse("/w/broken.cpp", "// expect: compile-error\n\nint main( {}\n");

    public static CeClientOptions Fast(int retries = 0) => new()
    {
        MaxRetries = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(5),
        AttemptTimeout = TimeSpan.FromSeconds(20),
        CircuitBreaker = new CircuitBreakerSettings { Enabled = false },
    };

    public static CeClient For(Uri baseUri, CeClientOptions? options = null) =>
        new(CeEndpoint.Parse(baseUri.AbsoluteUri), options ?? Fast());

    public static PreparedCompileRequest Request(Workload? workload = null) =>
        CompileRequestBuilder.Prepare(workload ?? Simple, new CompileRunOptions());
}
