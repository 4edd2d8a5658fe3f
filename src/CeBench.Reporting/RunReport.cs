using System.Globalization;
using CeBench.Core.Analysis;
using CeBench.Core.Client;

namespace CeBench.Reporting;

/// <summary>
/// report.html of one run: what was run, the summary table (the cells of summary.csv), and for
/// every case the charts of <see cref="ChartKinds.PerCase"/>.
/// </summary>
public static class RunReport
{
    public const string FileName = "report.html";

    /// <summary>Writes <c>&lt;run&gt;/report.html</c> and returns its path.</summary>
    public static string Write(RunData run)
    {
        var path = Path.Combine(run.Directory, FileName);
        File.WriteAllText(path, Html(run));
        return path;
    }

    public static string Html(RunData run)
    {
        var page = new HtmlPage($"CeBench run {run.Name}");
        Describe(page, run);
        Sections(page, run, null);
        return page.ToHtml();
    }

    /// <summary>The settings and state of a run that matter to read its figures.</summary>
    internal static void Describe(HtmlPage page, RunData run)
    {
        var m = run.Manifest;
        if (!m.Complete)
        {
            page.Note(m.Note ?? "The run did not complete: the figures cover what it recorded.");
        }

        page.Facts(Settings(run).Append(("started", m.StartedUtc.ToString("u", CultureInfo.InvariantCulture))));
    }

    /// <summary>The summary table and the per-case charts; <paramref name="run"/> names the side in a comparison.</summary>
    internal static void Sections(HtmlPage page, RunData data, string? run)
    {
        page.Heading(2, run is null ? "Summary" : $"Summary of {data.Name}");
        page.Paragraph("Per case and workload; latencies in ms are Harrell-Davis quantiles of successful requests (the outcome the workload expects)"
            + (data.Warmup > TimeSpan.Zero ? ", after the warm-up." : "."));
        page.Table(run is null ? "summary" : $"summary-{run}", SummaryTable.Headers, data.Summary.Select(s => (SummaryTable.Cells(s), false)),
            textColumns: [0, 1, SummaryTable.Headers.Count - 1]);
        if (data.Records.Count == 0)
        {
            page.Note("No request was recorded.");
        }

        foreach (var caseName in data.Cases)
        {
            page.Heading(run is null ? 2 : 3, $"Case {caseName}" + (run is null ? "" : $" ({data.Name})"));
            var records = data.Records.Where(r => r.Case == caseName).ToArray();
            var judged = data.Judged(caseName);
            var seconds = data.TimeSeries.Where(r => r.Case == caseName).ToArray();
            Chart[] charts =
            [
                LatencyOverTimeChart.Build(caseName, records, data.Warmup),
                LatencyCdfChart.Build(caseName, judged),
                ThroughputChart.Build(caseName, seconds),
                InFlightChart.Build(caseName, seconds),
                OutcomesChart.Build(caseName, judged),
                DecompositionChart.Build(caseName, judged),
            ];
            foreach (var chart in charts)
            {
                page.Figure(chart, run);
            }
        }
    }

    /// <summary>
    /// The settings that make runs comparable. The target is shown without its scheme: the page
    /// must hold no link to anything on the network.
    /// </summary>
    internal static IEnumerable<(string Name, string Value)> Settings(RunData run)
    {
        var m = run.Manifest;
        yield return ("pattern", m.PatternParameters);
        yield return ("duration", string.Create(CultureInfo.InvariantCulture, $"{m.DurationSeconds:0.###} s per case"));
        yield return ("arrivals", string.Create(CultureInfo.InvariantCulture, $"{m.Arrivals}, seed {m.Seed}"));
        // The local target's port changes with every run and says nothing about it.
        yield return ("endpoint", m.Local is null ? $"{m.Endpoint} ({Host(m.TargetUrl)})" : $"{m.Endpoint} (the embedded target)");
        if (m.Local is { } local)
        {
            yield return ("local target", string.Join(", ", local.Where(kv => kv.Value.Length > 0).Select(kv => $"{kv.Key} {kv.Value}")));
        }

        yield return ("compiler", m.Compiler ?? "per workload header");
        yield return ("workloads", string.Join(", ", m.Workloads));
        yield return ("max in flight, timeout, retries", string.Create(CultureInfo.InvariantCulture, $"{m.MaxInFlight}, {m.TimeoutSeconds:0.###} s, {m.Retries}"));
        var outcomes = run.Records.CountBy(r => r.Outcome).OrderBy(c => c.Key).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} {c.Key.ToWireName()}"));
        yield return ("requests", string.Create(CultureInfo.InvariantCulture, $"{run.Records.Count} scheduled") + (run.Records.Count == 0 ? "" : $" ({string.Join(", ", outcomes)})"));
    }

    private static string Host(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Authority + uri.AbsolutePath.TrimEnd('/') : url.Replace("://", " ", StringComparison.Ordinal);
}
