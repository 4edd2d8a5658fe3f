using Perfolizer.Mathematics.Distributions.ContinuousDistributions;
using Pragmastat;
using Pragmastat.Algorithms;
using Pragmastat.Estimators;

namespace CeBench.Core.Comparison;

/// <summary>
/// How far after's latencies moved from before's: the Hodges-Lehmann shift (median of all pairwise
/// differences after - before, Pragmastat's <see cref="ShiftEstimator"/>) and ratio (median of all
/// pairwise ratios after / before, <see cref="RatioEstimator"/>), each with a distribution-free
/// confidence interval.
/// </summary>
/// <remarks>
/// Pragmastat 3.2.4 has no bounds for these estimators, so the interval is the classic one that
/// inverts the Mann-Whitney test (Moses): the k-th smallest and k-th largest pairwise difference,
/// with k from the normal approximation of the Mann-Whitney U distribution, k = floor(nm/2 - z sqrt(nm(n+m+1)/12)).
/// Pragmastat's <see cref="FastShift"/> picks those order statistics without materializing the n*m
/// pairs. The ratio's interval is the same on logarithms (ratios rank as log differences do).
/// </remarks>
public static class HodgesLehmann
{
    /// <summary>Above this many pairs the ratio comes from log differences (same median, no n*m array).</summary>
    private const long RatioEstimatorMaxPairs = 1_000_000;

    /// <summary>The shift after - before in ms; both samples must be non-empty.</summary>
    public static IntervalEstimate Shift(IReadOnlyList<double> before, IReadOnlyList<double> after, double confidence)
    {
        var value = ShiftEstimator.Instance.Estimate(new Sample(after.ToArray()), new Sample(before.ToArray())).NominalValue;
        var (lower, upper) = Bounds(after, before, confidence);
        return new IntervalEstimate(value, lower, upper);
    }

    /// <summary>The ratio after / before; null when a latency is not positive (no logarithm, no ratio).</summary>
    public static IntervalEstimate? Ratio(IReadOnlyList<double> before, IReadOnlyList<double> after, double confidence)
    {
        if (before.Any(v => v <= 0) || after.Any(v => v <= 0))
        {
            return null;
        }

        var logBefore = before.Select(v => Math.Log(v)).ToArray();
        var logAfter = after.Select(v => Math.Log(v)).ToArray();
        var value = (long)before.Count * after.Count <= RatioEstimatorMaxPairs
            ? RatioEstimator.Instance.Estimate(new Sample(after.ToArray()), new Sample(before.ToArray())).NominalValue
            : Math.Exp(FastShift.Estimate(logAfter, logBefore, [0.5])[0]);
        var (lower, upper) = Bounds(logAfter, logBefore, confidence);
        return new IntervalEstimate(value, Math.Exp(lower), Math.Exp(upper));
    }

    /// <summary>The Moses interval: order statistics k and nm+1-k of the pairwise differences x - y.</summary>
    private static (double Lower, double Upper) Bounds(IReadOnlyList<double> x, IReadOnlyList<double> y, double confidence)
    {
        double n = x.Count, m = y.Count;
        var pairs = n * m;
        var z = NormalDistribution.Standard.Quantile(Probability.Of(1 - ((1 - confidence) / 2)));
        var k = Math.Max(1, Math.Floor((pairs / 2) - (z * Math.Sqrt(pairs * (n + m + 1) / 12))));
        // FastShift takes probabilities and interpolates ranks as type 7: rank r is p = (r - 1) / (pairs - 1).
        var probability = pairs <= 1 ? 0 : (k - 1) / (pairs - 1);
        var bounds = FastShift.Estimate(x, y, [probability, 1 - probability]);
        return (bounds[0], bounds[1]);
    }
}
