using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace CeBench.Reporting;

/// <summary>The shift of each latency decile from before to after, with its 95 % confidence band: where in the distribution things changed.</summary>
internal static class QuantileShiftChart
{
    public static Chart Build(WorkloadComparison row)
    {
        var subject = CdfOverlayChart.Subject(row);
        var title = $"Decile shift (after - before): {subject}";
        using var plot = ChartCanvas.Create(title, "decile", "after - before (ms)");
        var shifts = DecileShift.Compute(row.BeforeLatencies, row.AfterLatencies);
        if (shifts.Count == 0)
        {
            ChartCanvas.NoData(plot, string.Create(CultureInfo.InvariantCulture,
                $"too few successful requests: {row.BeforeN} before, {row.AfterN} after (at least {DecileShift.MinimumSamples} each)"));
        }
        else
        {
            var band = plot.Add.FillY(shifts.Select(s => s.Probability).ToArray(), shifts.Select(s => s.Lower).ToArray(), shifts.Select(s => s.Upper).ToArray());
            band.FillColor = ChartCanvas.After.WithAlpha(0.25);
            band.LineWidth = 0;
            band.LegendText = "95 % confidence band";
            var line = plot.Add.ScatterLine(shifts.Select(s => s.Probability).ToArray(), shifts.Select(s => s.Shift).ToArray(), ChartCanvas.After);
            line.LineWidth = 2;
            line.MarkerSize = 7;
            line.LegendText = "shift";
            plot.Add.HorizontalLine(0, 1, Colors.Black, LinePattern.Dashed);
            plot.Axes.Bottom.TickGenerator = new NumericManual(
                shifts.Select(s => s.Probability).ToArray(), shifts.Select(s => string.Create(CultureInfo.InvariantCulture, $"P{s.Probability * 100:0}")).ToArray());
            plot.ShowLegend(Edge.Right);
        }

        return ChartCanvas.Render(plot, ChartKinds.QuantileShift, subject, title,
            "For each decile (P10 to P90) of this workload's successful latencies, the after run's Harrell-Davis quantile minus the before run's, in ms, "
            + "with a 95 % confidence band (Maritz-Jarrett intervals of both runs combined). Above 0 is slower; a band that does not cross 0 is a clear change at that decile.");
    }
}
