using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace CeBench.Core.Analysis;

/// <summary>The one quantile estimator of CeBench: Harrell-Davis (Perfolizer), smooth and efficient on small samples.</summary>
public static class Quantiles
{
    /// <summary>The p-quantile (0..1) of the values; null for an empty sample.</summary>
    public static double? HarrellDavis(IReadOnlyList<double> values, double p) =>
        values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => HarrellDavisQuantileEstimator.Instance.Quantile(new Sample(values.ToArray()), Probability.Of(p)),
        };

    /// <summary>
    /// The p-quantile with its confidence interval (Maritz-Jarrett standard error of the same
    /// Harrell-Davis estimate); null below two values, where there is no interval.
    /// </summary>
    public static ConfidenceInterval? HarrellDavisInterval(IReadOnlyList<double> values, double p, double confidence) =>
        values.Count < 2
            ? null
            : HarrellDavisQuantileEstimator.Instance
                .QuantileConfidenceIntervalEstimator(new Sample(values.ToArray()), Probability.Of(p))
                .ConfidenceInterval(new ConfidenceLevel(confidence));
}
