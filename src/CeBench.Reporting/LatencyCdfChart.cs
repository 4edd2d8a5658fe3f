using CeBench.Core.Records;
using ScottPlot;

namespace CeBench.Reporting;

/// <summary>The latency distribution of each workload of a case as a CDF on a log axis: the whole tail at a glance.</summary>
internal static class LatencyCdfChart
{
    public static Chart Build(string caseName, IReadOnlyList<RequestRecord> judged)
    {
        var title = $"Latency CDF: {caseName}";
        using var plot = ChartCanvas.Create(title, "latency (log scale)", "fraction of successful requests");
        var workloads = judged.Where(r => r.Expected).GroupBy(r => r.Workload, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        for (var i = 0; i < workloads.Length; i++)
        {
            Step(plot, workloads[i].Select(r => r.LatencyMs).ToArray(), workloads[i].Key, ChartCanvas.Series(i));
        }

        var all = workloads.SelectMany(g => g.Select(r => r.LatencyMs)).ToArray();
        Finish(plot, all);
        return ChartCanvas.Render(plot, ChartKinds.LatencyCdf, caseName, title,
            "For each workload, the fraction of its successful requests (y) that took at most a given latency (x, log scale). "
            + "A curve further right is slower; a long flat top is a heavy tail.");
    }

    /// <summary>One workload's CDF as a step line.</summary>
    public static void Step(Plot plot, IReadOnlyCollection<double> latencies, string legend, Color color)
    {
        var (x, y) = EmpiricalCdf.Of(latencies);
        var line = plot.Add.ScatterLine(x, y, color);
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.LineWidth = 2;
        line.LegendText = legend;
    }

    /// <summary>The log axis over every plotted latency, a 0-1 fraction axis, the legend.</summary>
    public static void Finish(Plot plot, IReadOnlyCollection<double> latencies)
    {
        if (latencies.Count == 0)
        {
            ChartCanvas.NoData(plot, "no successful request");
            return;
        }

        LogScale.Apply(plot.Axes.Bottom, latencies);
        plot.Axes.SetLimitsY(0, 1.02);
        plot.ShowLegend(Edge.Right);
    }
}
