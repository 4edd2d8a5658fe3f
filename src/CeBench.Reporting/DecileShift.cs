using CeBench.Core.Analysis;
using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace CeBench.Reporting;

/// <summary>
/// How one decile of latency moved from the before run to the after run: the Harrell-Davis
/// quantiles of both, their difference, and a 95 % confidence band for the difference.
/// </summary>
public sealed record DecileShift(double Probability, double Before, double After, double Lower, double Upper)
{
    /// <summary>After minus before, in ms: above 0 is slower.</summary>
    public double Shift => After - Before;

    /// <summary>Both samples need this many values for a confidence interval.</summary>
    public const int MinimumSamples = 2;

    /// <summary>The shifts of the deciles 0.1 to 0.9; empty when either sample is too small.</summary>
    public static IReadOnlyList<DecileShift> Compute(IReadOnlyList<double> before, IReadOnlyList<double> after)
    {
        if (before.Count < MinimumSamples || after.Count < MinimumSamples)
        {
            return [];
        }

        var beforeSample = new Sample(before.ToArray());
        var afterSample = new Sample(after.ToArray());
        return Enumerable.Range(1, 9).Select(d =>
        {
            var p = d / 10.0;
            var b = Quantiles.HarrellDavis(before, p)!.Value;
            var a = Quantiles.HarrellDavis(after, p)!.Value;
            // The two runs are independent: the margins of the two Maritz-Jarrett intervals add in quadrature.
            var margin = Math.Sqrt(Math.Pow(Margin(beforeSample, p), 2) + Math.Pow(Margin(afterSample, p), 2));
            return new DecileShift(p, b, a, a - b - margin, a - b + margin);
        }).ToArray();
    }

    private static double Margin(Sample sample, double p) =>
        HarrellDavisQuantileEstimator.Instance.QuantileConfidenceIntervalEstimator(sample, Pragmastat.Probability.Of(p))
            .ConfidenceInterval(ConfidenceLevel.L95).Margin;
}
