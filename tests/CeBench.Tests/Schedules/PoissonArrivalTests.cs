using CeBench.Core.Schedules;

namespace CeBench.Tests.Schedules;

public class PoissonArrivalTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(1000);

    private static IReadOnlyList<TimeSpan> Poisson(LoadPattern pattern, int seed) =>
        ArrivalSchedule.Offsets(pattern, Duration, ArrivalProcess.Poisson, seed);

    [Fact]
    public void The_same_seed_gives_the_same_schedule_and_another_seed_a_different_one()
    {
        var pattern = new WavePattern(5, 3, TimeSpan.FromSeconds(30));

        Assert.Equal(Poisson(pattern, 7), Poisson(pattern, 7));
        Assert.NotEqual(Poisson(pattern, 7), Poisson(pattern, 8));
    }

    [Fact]
    public void Offsets_are_sorted_inside_the_run_and_not_evenly_spaced()
    {
        var offsets = Poisson(new SteadyPattern(20), 3);

        Assert.All(offsets.Zip(offsets.Skip(1)), p => Assert.True(p.First <= p.Second));
        Assert.InRange(offsets[0], TimeSpan.Zero, Duration);
        Assert.True(offsets[^1] < Duration);
        var gaps = offsets.Zip(offsets.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        // Exponential gaps with mean 1/20 s: their standard deviation is also about 1/20 s.
        var mean = gaps.Average();
        var sd = Math.Sqrt(gaps.Sum(g => (g - mean) * (g - mean)) / gaps.Count);
        Assert.InRange(mean, 0.049, 0.051);
        Assert.InRange(sd, 0.045, 0.055);
    }

    [Fact]
    public void A_large_steady_run_sends_the_expected_count_within_four_standard_deviations()
    {
        const double expected = 100 * 1000;

        foreach (var seed in new[] { 1, 2, 3 })
        {
            Assert.InRange(Poisson(new SteadyPattern(100), seed).Count, expected - (4 * Math.Sqrt(expected)), expected + (4 * Math.Sqrt(expected)));
        }
    }

    [Fact]
    public void A_ramp_sends_the_integral_of_each_half_within_four_standard_deviations()
    {
        // 2 -> 18 rps over 1000 s: 3000 requests expected in the first half, 7000 in the second.
        var offsets = Poisson(new RampPattern(2, 18), 11);
        var half = Duration / 2;

        Assert.InRange(offsets.Count(o => o < half), 3000 - (4 * Math.Sqrt(3000)), 3000 + (4 * Math.Sqrt(3000)));
        Assert.InRange(offsets.Count(o => o >= half), 7000 - (4 * Math.Sqrt(7000)), 7000 + (4 * Math.Sqrt(7000)));
    }

    [Fact]
    public void A_burst_run_with_no_baseline_sends_nothing_outside_the_bursts()
    {
        var pattern = new BurstPattern(0, 50, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        var offsets = Poisson(pattern, 5);

        Assert.All(offsets, o => Assert.InRange(o.TotalSeconds % 10, 9 - 1e-7, 10));
        Assert.InRange(offsets.Count, 5000 - (4 * Math.Sqrt(5000)), 5000 + (4 * Math.Sqrt(5000)));
    }
}
