namespace CeBench.Reporting;

/// <summary>The empirical distribution function of latencies as step-line points on a log axis.</summary>
internal static class EmpiricalCdf
{
    /// <summary>x: log10 of the sorted latencies, y: the fraction of requests at or below each.</summary>
    public static (double[] X, double[] Y) Of(IReadOnlyCollection<double> ms)
    {
        var sorted = ms.Order().ToArray();
        if (sorted.Length == 0)
        {
            return ([], []);
        }

        var x = new double[sorted.Length + 1];
        var y = new double[sorted.Length + 1];

        // Start at 0 below the smallest value, so the step rises from the axis.
        x[0] = LogScale.ToLog(sorted[0]);
        for (var i = 0; i < sorted.Length; i++)
        {
            x[i + 1] = LogScale.ToLog(sorted[i]);
            y[i + 1] = (i + 1.0) / sorted.Length;
        }

        return (x, y);
    }
}
