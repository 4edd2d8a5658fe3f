using CeBench.Core.Records;
using ScottPlot;

namespace CeBench.Reporting;

/// <summary>Requests sent and not yet answered at the end of each second: grows without bound when the service cannot keep up.</summary>
internal static class InFlightChart
{
    public static Chart Build(string caseName, IReadOnlyList<TimeSeriesRow> seconds)
    {
        var title = $"In flight: {caseName}";
        using var plot = ChartCanvas.Create(title, "end of second", "requests in flight");
        if (seconds.Count == 0)
        {
            ChartCanvas.NoData(plot, "no time series recorded");
        }
        else
        {
            var line = plot.Add.ScatterLine(seconds.Select(r => r.Second + 1.0).ToArray(), seconds.Select(r => (double)r.InFlight).ToArray(), ChartCanvas.Series(0));
            line.LineWidth = 2;
            line.MarkerSize = 5;
            ChartCanvas.CountAxis(plot, seconds.Max(r => r.InFlight));
        }

        return ChartCanvas.Render(plot, ChartKinds.InFlight, caseName, title,
            "Requests sent and not yet finished at the end of each second. A level line means the service keeps up; a line that keeps rising means requests queue faster than they are served.");
    }
}
