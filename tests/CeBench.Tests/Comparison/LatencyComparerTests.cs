using CeBench.Core.Comparison;

namespace CeBench.Tests.Comparison;

public class LatencyComparerTests
{
    private static readonly ComparisonSettings Defaults = new();

    [Fact]
    public void A_sample_scaled_by_1_3_is_slower_with_a_ratio_interval_holding_1_3()
    {
        var before = Latencies.LogNormal(200, seed: 3);
        var after = Latencies.LogNormal(200, seed: 5, scale: 1.3);

        var result = LatencyComparer.Compare(before, after, Defaults);

        Assert.Equal(LatencyVerdict.Slower, result.Verdict);
        Assert.True(result.Ratio!.Contains(1.3), $"ratio {result.Ratio}");
        Assert.True(result.Ratio.Lower > 1.05, $"ratio {result.Ratio}");
        Assert.True(result.Shift!.Lower > 0, $"shift {result.Shift}");
        Assert.True(result.SlowerPValue < 0.001, $"p {result.SlowerPValue}");
    }

    [Fact]
    public void A_sample_scaled_by_0_7_is_faster()
    {
        var result = LatencyComparer.Compare(Latencies.LogNormal(200, 3), Latencies.LogNormal(200, 5, 0.7), Defaults);

        Assert.Equal(LatencyVerdict.Faster, result.Verdict);
        Assert.True(result.Ratio!.Contains(0.7), $"ratio {result.Ratio}");
        Assert.True(result.SlowerPValue > 0.5);
    }

    [Fact]
    public void Two_samples_of_one_distribution_are_the_same_for_at_least_19_of_20_seeds()
    {
        var verdicts = Enumerable.Range(0, 20)
            .Select(seed => LatencyComparer.Compare(Latencies.LogNormal(200, 100 + seed), Latencies.LogNormal(200, 200 + seed), Defaults).Verdict)
            .ToArray();

        Assert.True(verdicts.Count(v => v == LatencyVerdict.Same) >= 19, string.Join(' ', verdicts));
        Assert.DoesNotContain(LatencyVerdict.Slower, verdicts);
    }

    [Fact]
    public void Five_samples_are_unknown_yet_still_estimated()
    {
        var result = LatencyComparer.Compare(Latencies.LogNormal(5, 1), Latencies.LogNormal(5, 2, 3), Defaults);

        Assert.Equal(LatencyVerdict.Unknown, result.Verdict);
        Assert.Null(result.SlowerPValue);
        Assert.NotNull(result.Ratio);
        Assert.NotNull(result.Shift);
    }

    [Fact]
    public void One_side_below_the_minimum_is_unknown()
    {
        var result = LatencyComparer.Compare(Latencies.LogNormal(200, 1), Latencies.LogNormal(Defaults.MinimumSamples - 1, 2, 2), Defaults);

        Assert.Equal(LatencyVerdict.Unknown, result.Verdict);
    }

    [Fact]
    public void A_difference_below_the_relative_threshold_is_not_a_regression()
    {
        // The same latencies 2 % slower: a real difference, but under the 5 % threshold.
        var before = Latencies.LogNormal(200, 1);
        var after = before.Select(v => v * 1.02).ToArray();

        var result = LatencyComparer.Compare(before, after, Defaults);

        Assert.Equal(LatencyVerdict.Same, result.Verdict);
        Assert.Equal(1.02, result.Ratio!.Value, 6);
    }

    [Fact]
    public void An_absolute_threshold_judges_the_shift_in_milliseconds()
    {
        var before = Latencies.LogNormal(200, 3);
        var settings = Defaults with { Threshold = ComparisonThreshold.Parse("50ms") };

        var small = LatencyComparer.Compare(before, Latencies.LogNormal(200, 5).Select(v => v + 20).ToArray(), settings);
        var large = LatencyComparer.Compare(before, Latencies.LogNormal(200, 5).Select(v => v + 150).ToArray(), settings);

        Assert.NotEqual(LatencyVerdict.Slower, small.Verdict);
        Assert.Equal(LatencyVerdict.Slower, large.Verdict);
        Assert.True(large.Shift!.Contains(150), $"shift {large.Shift}");
    }

    [Theory]
    [InlineData(1.0, LatencyVerdict.Same)]
    [InlineData(1.2, LatencyVerdict.Slower)]
    public void Samples_beyond_perfolizers_integer_range_are_tested_on_a_subsample(double scale, LatencyVerdict expected)
    {
        // 3,000 a side overflows Perfolizer 0.6.1's Mann-Whitney approximation (NaN p-values) without the subsample.
        var result = LatencyComparer.Compare(Latencies.LogNormal(3000, 3), Latencies.LogNormal(3000, 5, scale), Defaults);

        Assert.Equal(expected, result.Verdict);
        Assert.True(double.IsFinite(result.SlowerPValue!.Value));
        Assert.True(result.Ratio!.Contains(scale), $"ratio {result.Ratio}");
    }
}
