using System.Text.Json;
using CeBench.Core.Client;
using CeBench.Core.Wire;

namespace CeBench.Core.Discovery;

/// <summary>Asks a target which compilers and libraries it has, before any load is sent.</summary>
public static class CeDiscovery
{
    /// <summary>Fails with a <see cref="BadInputException"/> when the target cannot be reached or answers nonsense.</summary>
    public static async Task<TargetCatalog> DiscoverAsync(CeClient client, IEnumerable<string> langs, CancellationToken cancellationToken)
    {
        try
        {
            var compilers = await GetAsync<List<CompilerInfo>>(client, "api/compilers?fields=id,name,lang", cancellationToken).ConfigureAwait(false);
            var libraries = new Dictionary<string, IReadOnlyList<LibraryInfo>>(StringComparer.Ordinal);
            foreach (var lang in langs.Distinct(StringComparer.Ordinal))
            {
                libraries[lang] = await GetAsync<List<LibraryInfo>>(client, $"api/libraries/{Uri.EscapeDataString(lang)}", cancellationToken).ConfigureAwait(false);
            }

            return new TargetCatalog(compilers, libraries);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new BadInputException(
                $"target {client.Endpoint} did not answer discovery: {e.Message}; check --endpoint and that the service is up", e);
        }
    }

    private static async Task<T> GetAsync<T>(CeClient client, string path, CancellationToken cancellationToken)
    {
        var body = await client.GetStringAsync(path, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize<T>(body, CeJson.Options)
            ?? throw new JsonException($"GET {path} answered null");
    }
}
