using System.Text.Json.Serialization;

namespace CeBench.Core.Wire;

/// <summary>One entry of <c>GET /api/compilers?fields=id,name,lang</c>.</summary>
public sealed record CompilerInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("lang")] string? Lang);
