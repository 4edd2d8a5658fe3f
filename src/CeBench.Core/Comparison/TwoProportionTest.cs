using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace CeBench.Core.Comparison;

/// <summary>
/// Whether two error rates differ: the pooled two-proportion z-test, two-sided. Perfolizer 0.6.1
/// has no test for proportions; this one is the textbook large-sample test (fine from about 20
/// requests a side, which the verdict requires), with Perfolizer's normal distribution.
/// </summary>
public static class TwoProportionTest
{
    /// <summary>The p-value of "the failure rates of A and B differ"; both totals must be positive.</summary>
    public static double PValue(long failuresA, long totalA, long failuresB, long totalB)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalA);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalB);
        var pooled = (double)(failuresA + failuresB) / (totalA + totalB);
        var standardError = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / totalA) + (1.0 / totalB)));
        if (standardError == 0)
        {
            // Both sides all ok (or all failed): the rates are equal and there is nothing to test.
            return 1;
        }

        var z = Math.Abs(((double)failuresB / totalB) - ((double)failuresA / totalA)) / standardError;
        return Math.Min(1, 2 * (1 - NormalDistribution.Standard.Cdf(z)));
    }
}
