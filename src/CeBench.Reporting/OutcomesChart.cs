using System.Globalization;
using CeBench.Core.Client;
using CeBench.Core.Records;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace CeBench.Reporting;

/// <summary>How every scheduled request of a case ended: one bar per outcome that occurred.</summary>
internal static class OutcomesChart
{
    public static Chart Build(string caseName, IReadOnlyList<RequestRecord> judged)
    {
        var title = $"Outcomes: {caseName}";
        using var plot = ChartCanvas.Create(title, "requests", "");
        var counts = judged.CountBy(r => r.Outcome).OrderBy(c => c.Key).ToArray();
        if (counts.Length == 0)
        {
            ChartCanvas.NoData(plot, "no request was scheduled");
        }
        else
        {
            // Horizontal bars: outcome names such as transport-error stay readable side by side.
            var bars = counts.Select((c, i) => new Bar
            {
                Position = counts.Length - 1 - i,
                Value = c.Value,
                FillColor = ColorOf(c.Key),
                Label = c.Value.ToString(CultureInfo.InvariantCulture),
                Orientation = Orientation.Horizontal,
            }).ToArray();
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plot.Axes.Left.TickGenerator = new NumericManual(
                bars.Select(b => b.Position).ToArray(), counts.Select(c => c.Key.ToWireName()).ToArray());
            ChartCanvas.CountAxis(plot, counts.Max(c => c.Value), horizontal: true);
        }

        return ChartCanvas.Render(plot, ChartKinds.Outcomes, caseName, title,
            "How each scheduled request ended (after the warm-up, as in the summary), counted per outcome: ok in green, compile errors in amber, requests never sent in grey, failures in red.");
    }

    private static Color ColorOf(Outcome outcome) => outcome switch
    {
        Outcome.Ok => Colors.SeaGreen,
        Outcome.CompileError => Colors.GoldenRod,
        Outcome.Dropped or Outcome.Cancelled => Colors.Gray,
        _ => ChartCanvas.Failed,
    };
}
