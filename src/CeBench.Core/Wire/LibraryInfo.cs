using System.Text.Json.Serialization;

namespace CeBench.Core.Wire;

/// <summary>One entry of <c>GET /api/libraries/{lang}</c>; a version's <c>id</c> is what requests send.</summary>
public sealed record LibraryInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("versions")] IReadOnlyList<LibraryVersionInfo>? Versions);

public sealed record LibraryVersionInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("version")] string? Version);
