using System.Text.Json;
using System.Text.Json.Serialization;

namespace CeBench.Core.Wire;

/// <summary>
/// The JSON body of <c>POST /api/compiler/{id}/compile</c> (design.md section 4), shared by the
/// client that sends it and the local target that reads it. Properties are nullable where CE
/// accepts a request without them.
/// </summary>
public sealed record CompileRequestBody
{
    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("lang")]
    public string? Lang { get; init; }

    /// <summary>0 none, 1 compilation (and execution), 2 execution only. Stress runs send 1.</summary>
    [JsonPropertyName("bypassCache")]
    public int BypassCache { get; init; }

    [JsonPropertyName("allowStoreCodeDebug")]
    public bool AllowStoreCodeDebug { get; init; }

    [JsonPropertyName("options")]
    public CompileOptionsBody? Options { get; init; }
}

public sealed record CompileOptionsBody
{
    [JsonPropertyName("userArguments")]
    public string UserArguments { get; init; } = "";

    [JsonPropertyName("compilerOptions")]
    public CompilerOptionsBody CompilerOptions { get; init; } = new();

    [JsonPropertyName("filters")]
    public CompileFiltersBody Filters { get; init; } = new();

    [JsonPropertyName("tools")]
    public IReadOnlyList<JsonElement> Tools { get; init; } = [];

    [JsonPropertyName("libraries")]
    public IReadOnlyList<LibraryBody> Libraries { get; init; } = [];
}

public sealed record CompilerOptionsBody
{
    [JsonPropertyName("skipAsm")]
    public bool SkipAsm { get; init; }

    [JsonPropertyName("executorRequest")]
    public bool ExecutorRequest { get; init; }
}

/// <summary>CE's output filters, with the defaults of CE's own UI.</summary>
public sealed record CompileFiltersBody
{
    [JsonPropertyName("binary")]
    public bool Binary { get; init; }

    [JsonPropertyName("binaryObject")]
    public bool BinaryObject { get; init; }

    [JsonPropertyName("commentOnly")]
    public bool CommentOnly { get; init; } = true;

    [JsonPropertyName("demangle")]
    public bool Demangle { get; init; } = true;

    [JsonPropertyName("directives")]
    public bool Directives { get; init; } = true;

    [JsonPropertyName("execute")]
    public bool Execute { get; init; }

    [JsonPropertyName("intel")]
    public bool Intel { get; init; } = true;

    [JsonPropertyName("labels")]
    public bool Labels { get; init; } = true;

    [JsonPropertyName("libraryCode")]
    public bool LibraryCode { get; init; }

    [JsonPropertyName("trim")]
    public bool Trim { get; init; }

    [JsonPropertyName("debugCalls")]
    public bool DebugCalls { get; init; }
}

public sealed record LibraryBody(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("version")] string Version);
