using CeBench.Core;
using CeBench.Core.Comparison;
using Pragmastat;
using Pragmastat.Estimators;

namespace CeBench.Tests.Comparison;

public class EstimatorTests
{
    [Fact]
    public void The_ratio_is_pragmastats_and_the_log_route_for_large_samples_agrees()
    {
        var before = Latencies.LogNormal(300, 1);
        var after = Latencies.LogNormal(300, 2, 1.2);
        var expected = RatioEstimator.Instance.Estimate(new Sample(after), new Sample(before)).NominalValue;

        Assert.Equal(expected, HodgesLehmann.Ratio(before, after, 0.95)!.Value, 12);

        // 1,100 x 1,100 pairs take the route that never materializes them.
        var bigBefore = Latencies.LogNormal(1100, 3);
        var bigAfter = Latencies.LogNormal(1100, 4, 1.2);
        var big = HodgesLehmann.Ratio(bigBefore, bigAfter, 0.95)!;
        Assert.Equal(RatioEstimator.Instance.Estimate(new Sample(bigAfter), new Sample(bigBefore)).NominalValue, big.Value, 3);
    }

    [Fact]
    public void The_shift_is_pragmastats_and_its_interval_holds_the_true_shift()
    {
        var before = Latencies.LogNormal(200, 3);
        var after = Latencies.LogNormal(200, 5).Select(v => v + 40).ToArray();

        var shift = HodgesLehmann.Shift(before, after, 0.95);

        Assert.Equal(ShiftEstimator.Instance.Estimate(new Sample(after), new Sample(before)).NominalValue, shift.Value, 12);
        Assert.True(shift.Lower < shift.Value && shift.Value < shift.Upper);
        Assert.True(shift.Contains(40), $"shift {shift}");
    }

    [Fact]
    public void Wider_confidence_gives_a_wider_interval()
    {
        var before = Latencies.LogNormal(50, 1);
        var after = Latencies.LogNormal(50, 2);

        var narrow = HodgesLehmann.Shift(before, after, 0.80);
        var wide = HodgesLehmann.Shift(before, after, 0.99);

        Assert.True(wide.Lower < narrow.Lower && narrow.Upper < wide.Upper);
    }

    [Fact]
    public void A_ratio_needs_positive_latencies()
    {
        Assert.Null(HodgesLehmann.Ratio([0, 1, 2], [1, 2, 3], 0.95));
    }

    [Theory]
    [InlineData(0, 100, 0, 100, 1.0)]
    [InlineData(100, 100, 100, 100, 1.0)]
    [InlineData(10, 100, 20, 100, 0.0477)]
    [InlineData(20, 100, 10, 100, 0.0477)]
    public void The_two_proportion_test_gives_the_textbook_p_value(long failedA, long totalA, long failedB, long totalB, double expected)
    {
        Assert.Equal(expected, TwoProportionTest.PValue(failedA, totalA, failedB, totalB), 3);
    }

    [Theory]
    [InlineData("5%")]
    [InlineData("12.5%")]
    [InlineData("50ms")]
    [InlineData("1.5s")]
    public void Thresholds_are_percentages_or_times(string text)
    {
        Assert.Equal(text, ComparisonThreshold.Parse(text).Text);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0%")]
    [InlineData("-5%")]
    [InlineData("0ms")]
    [InlineData("0.05")]
    [InlineData("2x")]
    public void Other_thresholds_are_refused(string text)
    {
        var e = Assert.Throws<BadInputException>(() => ComparisonThreshold.Parse(text));
        Assert.Contains("--threshold", e.Message);
    }
}
