using System.Text.Json.Serialization;

namespace CeBench.Core.Wire;

/// <summary>One line of CE's stdout, stderr or asm arrays: <c>{"text": "..."}</c>.</summary>
public sealed record TextLine([property: JsonPropertyName("text")] string Text);
