using System.Text.Json;
using System.Text.Json.Serialization;

namespace CeBench.Core.Wire;

/// <summary>The one set of JSON options for CE's wire format, on both sides.</summary>
public static class CeJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // CE sends some timings as strings ("execTime": "123").
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Parses a compile answer; null when the body is not a JSON object (plain text, HTML, truncated).</summary>
    public static CompileResponseBody? TryParseResponse(string body)
    {
        var trimmed = body.AsSpan().TrimStart();
        if (trimmed.IsEmpty || trimmed[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CompileResponseBody>(body, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
