using System.Text.Json;
using System.Text.Json.Serialization;

namespace CeBench.Core.Wire;

/// <summary>
/// CE's JSON answer to a compile (design.md section 4). Every field is optional because CE omits
/// fields by path (queueTime only on the queue path) and some timings arrive as strings.
/// Times are milliseconds.
/// </summary>
public sealed record CompileResponseBody
{
    public const string StaleQueueText = "Compilation was in the queue too long";
    public const string KilledText = "Killed - processing time exceeded";

    /// <summary>Compiler exit code: 0 success, non-zero compile error, -1 internal error.</summary>
    [JsonPropertyName("code")]
    public int? Code { get; init; }

    [JsonPropertyName("okToCache")]
    public bool? OkToCache { get; init; }

    [JsonPropertyName("timedOut")]
    public bool? TimedOut { get; init; }

    [JsonPropertyName("truncated")]
    public bool? Truncated { get; init; }

    [JsonPropertyName("stdout")]
    [JsonConverter(typeof(TextLinesConverter))]
    public IReadOnlyList<TextLine>? Stdout { get; init; }

    [JsonPropertyName("stderr")]
    [JsonConverter(typeof(TextLinesConverter))]
    public IReadOnlyList<TextLine>? Stderr { get; init; }

    [JsonPropertyName("asm")]
    [JsonConverter(typeof(TextLinesConverter))]
    public IReadOnlyList<TextLine>? Asm { get; init; }

    /// <summary>Compiler process wall time: the compile time.</summary>
    [JsonPropertyName("execTime")]
    public double? ExecTime { get; init; }

    /// <summary>Time waited in the queue before a worker took the job; only on the queue path.</summary>
    [JsonPropertyName("queueTime")]
    public double? QueueTime { get; init; }

    [JsonPropertyName("processExecutionResultTime")]
    public double? ProcessExecutionResultTime { get; init; }

    [JsonPropertyName("parsingTime")]
    public double? ParsingTime { get; init; }

    /// <summary>CE spells it this way.</summary>
    [JsonPropertyName("retreivedFromCache")]
    public bool? RetrievedFromCache { get; init; }

    [JsonPropertyName("execResult")]
    public JsonElement? ExecResult { get; init; }

    [JsonIgnore]
    public string StdoutText => Join(Stdout);

    [JsonIgnore]
    public string StderrText => Join(Stderr);

    private static string Join(IReadOnlyList<TextLine>? lines) =>
        lines is null ? "" : string.Join('\n', lines.Select(l => l.Text));
}
