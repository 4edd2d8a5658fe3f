using CeBench.Core.Records;
using ScottPlot;

namespace CeBench.Reporting;

/// <summary>Target (scheduled) against achieved (sent) requests per second: a gap means the generator fell behind or requests were dropped.</summary>
internal static class ThroughputChart
{
    public static Chart Build(string caseName, IReadOnlyList<TimeSeriesRow> seconds)
    {
        var title = $"Throughput: {caseName}";
        using var plot = ChartCanvas.Create(title, "second of the case", "requests per second");
        if (seconds.Count == 0)
        {
            ChartCanvas.NoData(plot, "no time series recorded");
        }
        else
        {
            Steps(plot, seconds, r => r.Scheduled, "target (scheduled)", ChartCanvas.Series(0), LinePattern.Solid);
            Steps(plot, seconds, r => r.Sent, "achieved (sent)", ChartCanvas.Series(1), LinePattern.Dashed);
            ChartCanvas.CountAxis(plot, seconds.Max(r => Math.Max(r.Scheduled, r.Sent)));
            plot.ShowLegend(Edge.Right);
        }

        return ChartCanvas.Render(plot, ChartKinds.Throughput, caseName, title,
            "Requests due by the schedule (target) and requests actually sent (achieved) in each second of the case. "
            + "Achieved below target means requests were dropped at the in-flight cap or the generator lagged.");
    }

    /// <summary>A count per second drawn as a step over the whole second.</summary>
    private static void Steps(Plot plot, IReadOnlyList<TimeSeriesRow> seconds, Func<TimeSeriesRow, long> value, string legend, Color color, LinePattern pattern)
    {
        var x = seconds.Select(r => (double)r.Second).Append(seconds[^1].Second + 1).ToArray();
        var y = seconds.Select(r => (double)value(r)).Append(value(seconds[^1])).ToArray();
        var line = plot.Add.ScatterLine(x, y, color);
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.LineWidth = 2;
        line.LinePattern = pattern;
        line.LegendText = legend;
    }
}
