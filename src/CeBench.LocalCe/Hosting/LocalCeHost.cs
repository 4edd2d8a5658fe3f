using System.Net;
using System.Text.Json;
using CeBench.Core.Wire;
using CeBench.LocalCe.Api;
using CeBench.LocalCe.Stats;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CeBench.LocalCe.Hosting;

/// <summary>
/// A running local target on 127.0.0.1: started in-process by the bench and the tests (port 0
/// picks a free one) or by the standalone program. Disposing stops it.
/// </summary>
public sealed class LocalCeHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalCeHost(WebApplication app, LocalCeServices services, Uri baseUri)
    {
        _app = app;
        Services = services;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public LocalCeServices Services { get; }

    public StatsSnapshot Stats => Services.Snapshot();

    public static async Task<LocalCeHost> StartAsync(LocalCeOptions options, CancellationToken cancellationToken = default)
    {
        var services = new LocalCeServices(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(options.BindAddress, options.Port);
            kestrel.Limits.MaxRequestBodySize = CompileEndpoint.TransportBodyLimit;
        });
        var app = builder.Build();
        Map(app, services);
        services.Pool.Start();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        // Clients reach a wildcard bind through loopback.
        var reachable = IPAddress.Any.Equals(options.BindAddress) || IPAddress.IPv6Any.Equals(options.BindAddress)
            ? new UriBuilder(address) { Host = "127.0.0.1" }.Uri
            : address;
        return new LocalCeHost(app, services, reachable);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await Services.DisposeAsync().ConfigureAwait(false);
    }

    private static void Map(WebApplication app, LocalCeServices services)
    {
        var catalog = services.Options.Catalog;
        var compile = new CompileEndpoint(services);
        app.MapPost("/api/compiler/{id}/compile", (HttpContext context, string id) => compile.HandleAsync(context, id));
        app.MapGet("/api/compilers", (HttpContext context) => DiscoveryEndpoints.CompilersAsync(context, catalog, null));
        app.MapGet("/api/compilers/{lang}", (HttpContext context, string lang) => DiscoveryEndpoints.CompilersAsync(context, catalog, lang));
        app.MapGet("/api/libraries/{lang}", (HttpContext context, string lang) => DiscoveryEndpoints.LibrariesAsync(context, catalog, lang));
        app.MapGet("/api/languages", (HttpContext context) => DiscoveryEndpoints.LanguagesAsync(context, catalog));
        app.MapGet("/healthcheck", (HttpContext context) => CompileEndpoint.WriteAsync(context, 200, "text/plain", "Everything is awesome\n"));
        app.MapGet("/api/localce/stats", (HttpContext context) =>
            CompileEndpoint.WriteAsync(context, 200, "application/json", JsonSerializer.Serialize(services.Snapshot(), CeJson.Options)));
    }
}
