using System.Net;
using System.Text;

namespace CeBench.Reporting;

/// <summary>
/// Builds one self-contained HTML page: the style is inline, charts are embedded as base64 PNG
/// data URIs, and nothing refers to a network resource, so the file opens anywhere offline.
/// </summary>
internal sealed class HtmlPage
{
    private const string Style = """
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 1400px; padding: 0 1em; color: #222; }
        h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; } h3 { margin-top: 1.5em; }
        div.table { overflow-x: auto; } table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
        th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: right; } td { white-space: nowrap; }
        th { background: #f0f0f0; } td.text, th.text { text-align: left; }
        tr.differs td { background: #fff4d6; }
        figure { margin: 1.5em 0; } figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: 0.85em; color: #555; max-width: 900px; }
        p.note { background: #fff4d6; padding: 0.5em; } dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
        dt { font-weight: bold; } dd { margin: 0; }
        """;

    private readonly StringBuilder _body = new();
    private readonly string _title;

    public HtmlPage(string title)
    {
        _title = title;
        Heading(1, title);
    }

    public void Heading(int level, string text) => _body.Append($"<h{level}>{Encode(text)}</h{level}>\n");

    public void Paragraph(string text) => _body.Append($"<p>{Encode(text)}</p>\n");

    /// <summary>A highlighted remark, such as a run that did not complete.</summary>
    public void Note(string text) => _body.Append($"<p class=\"note\">{Encode(text)}</p>\n");

    public void Facts(IEnumerable<(string Name, string Value)> facts)
    {
        _body.Append("<dl>\n");
        foreach (var (name, value) in facts)
        {
            _body.Append($"<dt>{Encode(name)}</dt><dd>{Encode(value)}</dd>\n");
        }

        _body.Append("</dl>\n");
    }

    /// <summary>
    /// A table whose <paramref name="textColumns"/> (indexes) are left-aligned text, the others
    /// right-aligned figures. Rows whose <c>Highlight</c> is true are marked (settings that differ between runs).
    /// </summary>
    public void Table(string id, IReadOnlyList<string> headers, IEnumerable<(IReadOnlyList<string> Cells, bool Highlight)> rows, IReadOnlyCollection<int> textColumns)
    {
        _body.Append($"<div class=\"table\"><table id=\"{Encode(id)}\">\n<thead><tr>");
        for (var i = 0; i < headers.Count; i++)
        {
            _body.Append(textColumns.Contains(i) ? "<th class=\"text\">" : "<th>").Append(Encode(headers[i])).Append("</th>");
        }

        _body.Append("</tr></thead>\n<tbody>\n");
        foreach (var (cells, highlight) in rows)
        {
            _body.Append(highlight ? "<tr class=\"differs\">" : "<tr>");
            for (var i = 0; i < cells.Count; i++)
            {
                _body.Append(textColumns.Contains(i) ? "<td class=\"text\">" : "<td>").Append(Encode(cells[i])).Append("</td>");
            }

            _body.Append("</tr>\n");
        }

        _body.Append("</tbody>\n</table></div>\n");
    }

    /// <summary>A chart as a figure whose id and data attributes name its kind, subject and run (before / after in a comparison).</summary>
    public void Figure(Chart chart, string? run = null)
    {
        var id = Slug(run is null ? [chart.Kind, chart.Subject] : [run, chart.Kind, chart.Subject]);
        _body.Append($"<figure id=\"{id}\">\n")
            .Append($"<img src=\"data:image/png;base64,{Convert.ToBase64String(chart.Png)}\" alt=\"{Encode(chart.Title)}\" ")
            .Append($"data-chart=\"{chart.Kind}\" data-subject=\"{Encode(chart.Subject)}\"")
            .Append(run is null ? "" : $" data-run=\"{run}\"")
            .Append($" width=\"{ChartCanvas.Width}\" height=\"{ChartCanvas.Height}\">\n")
            .Append($"<figcaption>{Encode(chart.Caption)}</figcaption>\n</figure>\n");
    }

    public string ToHtml() =>
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{Encode(_title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n{_body}</body>\n</html>\n";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>An id made of lower-case letters, digits and dashes: Isolated(boost_heavy) becomes isolated-boost-heavy.</summary>
    private static string Slug(IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        foreach (var c in string.Join('-', parts).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        return text.ToString().TrimEnd('-');
    }
}
