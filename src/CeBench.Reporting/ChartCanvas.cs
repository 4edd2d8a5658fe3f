using ScottPlot;

namespace CeBench.Reporting;

/// <summary>The common look of every chart (size, fonts, colours) and its rendering to PNG.</summary>
internal static class ChartCanvas
{
    public const int Width = 900;
    public const int Height = 380;

    public static Color Failed { get; } = Colors.Crimson;

    public static Color Before { get; } = new(0x55, 0x6B, 0x8D);

    public static Color After { get; } = Colors.DarkOrange;

    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    /// <summary>
    /// A sans-serif face the machine has (DejaVu Sans on Debian); ScottPlot's own choice on a
    /// headless Linux is the system default, a serif face.
    /// </summary>
    private static readonly string FontName =
        new[] { "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica" }.FirstOrDefault(f => Fonts.GetTypeface(f, bold: false, italic: false)?.FamilyName == f)
        ?? Fonts.Default;

    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>The i-th series colour (workloads keep their colour within a chart).</summary>
    public static Color Series(int i) => Palette.GetColor(i);

    /// <summary>Counts on the y axis (x when <paramref name="horizontal"/>): whole-number ticks from 0 to a little above <paramref name="max"/>.</summary>
    public static void CountAxis(Plot plot, double max, bool horizontal = false)
    {
        var top = Math.Max(max, 1) * 1.15;
        var ticks = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        if (horizontal)
        {
            plot.Axes.Bottom.TickGenerator = ticks;
            plot.Axes.SetLimitsX(0, top);
        }
        else
        {
            plot.Axes.Left.TickGenerator = ticks;
            plot.Axes.SetLimitsY(0, top);
        }
    }

    /// <summary>A chart without data still renders, saying why it is empty.</summary>
    public static void NoData(Plot plot, string why) => plot.Add.Annotation(why, Alignment.MiddleCenter);

    public static Chart Render(Plot plot, string kind, string subject, string title, string caption) =>
        new(kind, subject, title, caption, plot.GetImageBytes(Width, Height, ImageFormat.Png));
}
