using System.Text.Json;
using System.Text.Json.Serialization;

namespace CeBench.Core.Wire;

/// <summary>
/// Reads CE's line arrays leniently: an array of <c>{text}</c> objects (extra fields such as
/// <c>source</c> or <c>tag</c> ignored), an array of strings, a single string, or null.
/// Writes the canonical array of <c>{text}</c> objects.
/// </summary>
public sealed class TextLinesConverter : JsonConverter<IReadOnlyList<TextLine>>
{
    public override IReadOnlyList<TextLine>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return (reader.GetString() ?? "").Split('\n').Select(l => new TextLine(l)).ToArray();
            case JsonTokenType.StartArray:
                var lines = new List<TextLine>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    lines.Add(new TextLine(ReadLine(ref reader)));
                }

                return lines;
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<TextLine> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var line in value)
        {
            writer.WriteStartObject();
            writer.WriteString("text", line.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string ReadLine(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString() ?? "";
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return "";
        }

        var text = "";
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            if (property == "text" && reader.TokenType == JsonTokenType.String)
            {
                text = reader.GetString() ?? "";
            }
            else
            {
                reader.Skip();
            }
        }

        return text;
    }
}
