using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace CeBench.Reporting;

/// <summary>
/// A logarithmic latency axis: ScottPlot plots log10 of the values, and the ticks are placed and
/// labelled in milliseconds or seconds, so a 50 ms compile and a 60 s timeout share one chart.
/// </summary>
internal static class LogScale
{
    /// <summary>Latencies are positive, but a zero from a broken clock must not become -infinity.</summary>
    private const double FloorMs = 0.01;

    private static readonly int[] Wide = [1, 2, 5];

    public static double ToLog(double ms) => Math.Log10(Math.Max(ms, FloorMs));

    public static double[] ToLog(IEnumerable<double> ms) => ms.Select(ToLog).ToArray();

    /// <summary>Puts millisecond ticks on <paramref name="axis"/> for values spanning <paramref name="ms"/>.</summary>
    public static void Apply(IAxis axis, IReadOnlyCollection<double> ms)
    {
        if (ms.Count == 0)
        {
            return;
        }

        var min = Math.Max(ms.Min(), FloorMs);
        var max = Math.Max(ms.Max(), min);
        var first = (int)Math.Floor(Math.Log10(min)) - 1;
        var last = (int)Math.Ceiling(Math.Log10(max)) + 1;
        var candidates = Enumerable.Range(first, last - first + 1)
            .SelectMany(decade => Enumerable.Range(1, 9).Select(m => (Multiple: m, Value: m * Math.Pow(10, decade))))
            .ToArray();
        // 1-2-5 reads well across decades; a range holding fewer than three of them gets every multiple labelled.
        var labelled = candidates.Count(c => Wide.Contains(c.Multiple) && c.Value >= min && c.Value <= max) >= 3
            ? Wide
            : Enumerable.Range(1, 9).ToArray();
        var ticks = new NumericManual();
        foreach (var (multiple, value) in candidates)
        {
            if (labelled.Contains(multiple))
            {
                ticks.AddMajor(Math.Log10(value), Label(value));
            }
            else
            {
                ticks.AddMinor(Math.Log10(value));
            }
        }

        axis.TickGenerator = ticks;
    }

    private static string Label(double ms) => ms < 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{ms:0.##} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.##} s");
}
