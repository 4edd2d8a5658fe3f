using System.Net;
using System.Text.RegularExpressions;

namespace CeBench.Tests.Reporting;

/// <summary>Reads back what a report page holds: its figures (with the embedded PNGs) and its tables' cells.</summary>
public sealed partial class ReportHtml(string html)
{
    public sealed record Figure(string Kind, string Subject, string? Run, byte[] Png);

    public string Text { get; } = html;

    public IReadOnlyList<Figure> Figures() =>
        ImgTag().Matches(Text).Select(m => m.Value).Select(tag => new Figure(
            Attribute(tag, "data-chart")!,
            Attribute(tag, "data-subject")!,
            Attribute(tag, "data-run"),
            Convert.FromBase64String(Attribute(tag, "src")!["data:image/png;base64,".Length..]))).ToArray();

    /// <summary>The body rows of the table with that id, each as its decoded cells.</summary>
    public IReadOnlyList<string[]> Table(string id)
    {
        var start = Text.IndexOf($"<table id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {id}");
        var body = Text[Text.IndexOf("<tbody>", start, StringComparison.Ordinal)..Text.IndexOf("</tbody>", start, StringComparison.Ordinal)];
        return RowTag().Matches(body)
            .Select(row => CellTag().Matches(row.Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToArray())
            .ToArray();
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<img\\s[^>]*>")]
    private static partial Regex ImgTag();

    [GeneratedRegex("<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowTag();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellTag();
}
