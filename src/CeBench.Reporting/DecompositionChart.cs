using CeBench.Core.Analysis;
using CeBench.Core.Records;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace CeBench.Reporting;

/// <summary>
/// Where a workload's time went: the medians of queue (waiting for a worker), compile (the
/// compiler's own time) and overhead (the rest of the service time) stacked per workload.
/// </summary>
internal static class DecompositionChart
{
    private static readonly (string Name, Color Color)[] Parts =
        [("queue", Colors.IndianRed), ("compile", Colors.SteelBlue), ("overhead", Colors.DarkGray)];

    public static Chart Build(string caseName, IReadOnlyList<RequestRecord> judged)
    {
        var title = $"Queue / compile / overhead: {caseName}";
        using var plot = ChartCanvas.Create(title, "median time (ms, Harrell-Davis)", "");
        var workloads = judged.Where(r => r.Expected).GroupBy(r => r.Workload, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        if (workloads.Length == 0)
        {
            ChartCanvas.NoData(plot, "no successful request");
        }
        else
        {
            var bars = new List<Bar>();
            for (var i = 0; i < workloads.Length; i++)
            {
                var position = workloads.Length - 1 - i;
                var parts = Medians(workloads[i].ToArray());
                var start = 0.0;
                for (var p = 0; p < Parts.Length; p++)
                {
                    bars.Add(new Bar { Position = position, ValueBase = start, Value = start + parts[p], FillColor = Parts[p].Color, Orientation = Orientation.Horizontal });
                    start += parts[p];
                }
            }

            plot.Add.Bars(bars).Horizontal = true;
            plot.Axes.Left.TickGenerator = new NumericManual(
                workloads.Select((_, i) => (double)(workloads.Length - 1 - i)).ToArray(), workloads.Select(g => g.Key).ToArray());
            plot.Axes.Margins(left: 0, right: 0.05);
            foreach (var (name, color) in Parts)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = name, FillColor = color });
            }

            plot.ShowLegend(Edge.Right);
        }

        return ChartCanvas.Render(plot, ChartKinds.Decomposition, caseName, title,
            "Per workload, the medians over successful requests of the time spent queued (as the server reports it), compiling (the server's execTime) and the rest of the service time (overhead: network, routing, parsing). "
            + "A long queue bar next to a short compile bar is head-of-line blocking.");
    }

    /// <summary>
    /// Queue, compile and overhead medians; a part the server did not report counts as 0, and a
    /// negative overhead median (clocks of client and server disagreeing) as 0, so the bars stack.
    /// </summary>
    private static double[] Medians(IReadOnlyList<RequestRecord> successes)
    {
        static double Median(IEnumerable<double?> values) =>
            Math.Max(0, Quantiles.HarrellDavis(values.OfType<double>().ToArray(), 0.5) ?? 0);

        return [Median(successes.Select(r => r.QueueMs)), Median(successes.Select(r => r.CompileMs)), Median(successes.Select(r => r.OverheadMs))];
    }
}
