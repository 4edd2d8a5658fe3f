using CeBench.Core.Records;
using ScottPlot;

namespace CeBench.Reporting;

/// <summary>Every sent request of a case at its intended start, latency on a log scale: queues building up show as rising bands.</summary>
internal static class LatencyOverTimeChart
{
    public static Chart Build(string caseName, IReadOnlyList<RequestRecord> records, TimeSpan warmup)
    {
        var title = $"Latency over time: {caseName}";
        using var plot = ChartCanvas.Create(title, "intended start (s)", "latency (log scale)");
        var sent = records.Where(r => r.SentMs is not null).ToArray();
        var workloads = sent.Where(r => r.Expected).GroupBy(r => r.Workload, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        for (var i = 0; i < workloads.Length; i++)
        {
            Points(plot, workloads[i].ToArray(), workloads[i].Key, ChartCanvas.Series(i), MarkerShape.FilledCircle);
        }

        var failed = sent.Where(r => !r.Expected).ToArray();
        if (failed.Length > 0)
        {
            Points(plot, failed, "failed", ChartCanvas.Failed, MarkerShape.Eks);
        }

        if (sent.Length == 0)
        {
            ChartCanvas.NoData(plot, "no request was sent");
        }
        else
        {
            LogScale.Apply(plot.Axes.Left, sent.Select(r => r.LatencyMs).ToArray());
            plot.ShowLegend(Edge.Right);
        }

        if (warmup > TimeSpan.Zero)
        {
            var line = plot.Add.VerticalLine(warmup.TotalSeconds, 1, Colors.Gray, LinePattern.Dashed);
            line.LegendText = "end of warm-up";
        }

        return ChartCanvas.Render(plot, ChartKinds.LatencyOverTime, caseName, title,
            "Each point is one sent request at its intended start (x) with its latency (y, log scale): successful ones per workload, failed ones as red crosses. "
            + "Latency is measured from the intended start, so a stalled target shows as rising points rather than missing ones.");
    }

    private static void Points(Plot plot, IReadOnlyList<RequestRecord> records, string legend, Color color, MarkerShape shape)
    {
        var scatter = plot.Add.ScatterPoints(records.Select(r => r.IntendedMs / 1000).ToArray(), LogScale.ToLog(records.Select(r => r.LatencyMs)), color);
        scatter.MarkerShape = shape;
        scatter.MarkerSize = 5;
        scatter.LegendText = legend;
    }
}
