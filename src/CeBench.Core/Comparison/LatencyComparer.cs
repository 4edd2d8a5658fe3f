using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;

namespace CeBench.Core.Comparison;

/// <summary>
/// The latency verdict of one row, from Perfolizer: its <see cref="SimpleEquivalenceTest"/> over
/// one-sided Mann-Whitney tests with the threshold, after (x) against before (y).
/// </summary>
public static class LatencyComparer
{
    /// <summary>Different seeds per side, so the two subsamples are not drawn alike.</summary>
    private const int BeforeSeed = 1;
    private const int AfterSeed = 2;

    public static LatencyComparison Compare(IReadOnlyList<double> before, IReadOnlyList<double> after, ComparisonSettings settings)
    {
        var bothTimed = before.Count > 0 && after.Count > 0;
        var shift = bothTimed ? HodgesLehmann.Shift(before, after, ComparisonSettings.Confidence) : null;
        var ratio = bothTimed ? HodgesLehmann.Ratio(before, after, ComparisonSettings.Confidence) : null;
        if (before.Count < settings.MinimumSamples || after.Count < settings.MinimumSamples)
        {
            return new LatencyComparison { Shift = shift, Ratio = ratio, Verdict = LatencyVerdict.Unknown };
        }

        var x = RankTestSample.Of(after, AfterSeed);
        var y = RankTestSample.Of(before, BeforeSeed);
        var threshold = settings.Threshold.Value;
        // H1: after's latencies exceed before's moved by the threshold (before * 1.05, or before + 50 ms).
        var slower = MannWhitneyTest.Instance.Perform(x, y, AlternativeHypothesis.Greater, threshold).PValue.Value;
        // Greater when after > before beyond the threshold, Lesser for the reverse, else Indistinguishable.
        var result = new SimpleEquivalenceTest(MannWhitneyTest.Instance).Perform(x, y, threshold, new SignificanceLevel(settings.Alpha));
        var verdict = result switch
        {
            ComparisonResult.Greater => LatencyVerdict.Slower,
            ComparisonResult.Lesser => LatencyVerdict.Faster,
            ComparisonResult.Indistinguishable => LatencyVerdict.Same,
            _ => LatencyVerdict.Unknown,
        };
        return new LatencyComparison { Shift = shift, Ratio = ratio, SlowerPValue = slower, Verdict = verdict };
    }
}
