using CeBench.Core.Schedules;

namespace CeBench.Tests.Schedules;

public class UniformArrivalTests
{
    private static IReadOnlyList<TimeSpan> Uniform(LoadPattern pattern, TimeSpan duration) =>
        ArrivalSchedule.Offsets(pattern, duration, ArrivalProcess.Uniform, seed: 1);

    private static int CountIn(IReadOnlyList<TimeSpan> offsets, double fromSeconds, double toSeconds) =>
        offsets.Count(o => o >= TimeSpan.FromSeconds(fromSeconds) && o < TimeSpan.FromSeconds(toSeconds));

    private static double Gap(IReadOnlyList<TimeSpan> offsets, int i) => (offsets[i + 1] - offsets[i]).TotalSeconds;

    [Fact]
    public void Steady_two_rps_for_ten_seconds_is_twenty_arrivals_half_a_second_apart()
    {
        var offsets = Uniform(new SteadyPattern(2), TimeSpan.FromSeconds(10));

        Assert.Equal(Enumerable.Range(0, 20).Select(k => TimeSpan.FromMilliseconds(500 * k)), offsets);
    }

    [Fact]
    public void Steady_half_an_rps_for_ten_seconds_is_five_arrivals_two_seconds_apart()
    {
        var offsets = Uniform(new SteadyPattern(0.5), TimeSpan.FromSeconds(10));

        Assert.Equal([0, 2, 4, 6, 8], offsets.Select(o => o.TotalSeconds));
    }

    [Fact]
    public void Steady_three_rps_is_a_third_of_a_second_apart_to_the_tick()
    {
        var offsets = Uniform(new SteadyPattern(3), TimeSpan.FromSeconds(1));

        Assert.Equal([0L, 3_333_333, 6_666_667], offsets.Select(o => o.Ticks));
    }

    [Fact]
    public void Sustained_is_the_steady_schedule_of_its_rate_whatever_the_warmup_and_window()
    {
        var duration = TimeSpan.FromSeconds(30);
        var sustained = Uniform(new SustainedPattern(4, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)), duration);

        Assert.Equal(120, sustained.Count);
        Assert.Equal(Uniform(new SteadyPattern(4), duration), sustained);
        Assert.All(Enumerable.Range(0, sustained.Count - 1), i => Assert.Equal(0.25, Gap(sustained, i), 7));
    }

    [Fact]
    public void Burst_sends_the_burst_rate_in_the_last_part_of_every_interval_and_the_baseline_elsewhere()
    {
        // Bursts of 5 s at the end of every 20 s interval: [15, 20), [35, 40), [55, 60).
        var pattern = new BurstPattern(2, 20, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20));
        var offsets = Uniform(pattern, TimeSpan.FromSeconds(60));
        bool InBurst(TimeSpan o) => o.TotalSeconds % 20 >= 15;

        Assert.Equal((3 * 5 * 20) + (3 * 15 * 2), offsets.Count);
        Assert.Equal(3 * 5 * 20, offsets.Count(InBurst));
        Assert.Equal(3 * 15 * 2, offsets.Count(o => !InBurst(o)));
        Assert.Equal([0, 0.5, 1.0], offsets.Take(3).Select(o => o.TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(15), offsets.First(InBurst));
        Assert.Equal(0.05, Gap(offsets, 30), 7);
        Assert.Equal(TimeSpan.FromSeconds(20), offsets.First(o => o.TotalSeconds >= 20));
    }

    [Fact]
    public void Burst_with_no_baseline_sends_only_inside_bursts()
    {
        var pattern = new BurstPattern(0, 10, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10));
        var offsets = Uniform(pattern, TimeSpan.FromSeconds(30));

        Assert.Equal(3 * 2 * 10, offsets.Count);
        Assert.All(offsets, o => Assert.InRange(o.TotalSeconds % 10, 8, 10));
        Assert.Equal(TimeSpan.FromSeconds(8), offsets[0]);
    }

    [Theory]
    [InlineData(1, 9, 150, 350)]
    [InlineData(9, 1, 350, 150)]
    [InlineData(0, 10, 125, 375)]
    public void Ramp_sends_the_integral_of_its_line_in_each_half(double start, double end, int firstHalf, int secondHalf)
    {
        var pattern = new RampPattern(start, end);
        var duration = TimeSpan.FromSeconds(100);
        var offsets = Uniform(pattern, duration);

        Assert.Equal(firstHalf + secondHalf, offsets.Count);
        Assert.InRange(CountIn(offsets, 0, 50), firstHalf - 1, firstHalf + 1);
        Assert.InRange(CountIn(offsets, 50, 100), secondHalf - 1, secondHalf + 1);
    }

    [Theory]
    [InlineData(1, 9)]
    [InlineData(9, 1)]
    public void Ramp_gaps_lie_between_the_reciprocal_rates_at_their_ends(double start, double end)
    {
        var pattern = new RampPattern(start, end);
        var duration = TimeSpan.FromSeconds(100);
        var offsets = Uniform(pattern, duration);

        // Exactly one request is expected per gap, so a gap is between 1/rate at either end.
        foreach (var i in new[] { 0, 1, offsets.Count / 2, offsets.Count - 2 })
        {
            var (a, b) = (1 / pattern.RateAt(offsets[i], duration), 1 / pattern.RateAt(offsets[i + 1], duration));
            Assert.InRange(Gap(offsets, i), Math.Min(a, b) - 1e-6, Math.Max(a, b) + 1e-6);
        }

        Assert.Equal(start < end, Gap(offsets, 0) > Gap(offsets, offsets.Count - 2));
    }

    [Fact]
    public void Wave_sends_the_integral_of_each_half_period_more_in_the_crest_than_in_the_trough()
    {
        var pattern = new WavePattern(10, 5, TimeSpan.FromSeconds(20));
        var duration = TimeSpan.FromSeconds(60);
        var offsets = Uniform(pattern, duration);
        // 10 rps * 10 s, plus or minus A*P/pi = 100/pi for the crest and the trough.
        var crest = 100 + (100 / Math.PI);
        var trough = 100 - (100 / Math.PI);

        Assert.Equal(600, offsets.Count);
        for (var half = 0; half < 6; half++)
        {
            var expected = half % 2 == 0 ? crest : trough;
            Assert.InRange(CountIn(offsets, half * 10, (half + 1) * 10), expected - 1, expected + 1);
        }

        // Near the crest (5 s) the gap is about 1/15 s, near the trough (15 s) about 1/5 s.
        Assert.Equal(1.0 / 15, Gap(offsets, CountIn(offsets, 0, 5)), 3);
        Assert.Equal(1.0 / 5, Gap(offsets, CountIn(offsets, 0, 15)), 3);
    }

    public static TheoryData<LoadPattern> Patterns() => new()
    {
        new SteadyPattern(7.3),
        new SteadyPattern(0.3),
        new SustainedPattern(2.5, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5)),
        new BurstPattern(1.5, 17, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(11)),
        new BurstPattern(0, 4, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)),
        new RampPattern(0.5, 12),
        new RampPattern(12, 0),
        new WavePattern(6, 6, TimeSpan.FromSeconds(13)),
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Any_window_holds_its_expected_count_within_one(LoadPattern pattern)
    {
        var duration = TimeSpan.FromSeconds(120);
        var offsets = Uniform(pattern, duration);
        var random = new Random(5);

        Assert.Equal((int)Math.Ceiling(pattern.ExpectedCount(duration, duration)), offsets.Count);
        Assert.All(offsets.Zip(offsets.Skip(1)), p => Assert.True(p.First <= p.Second));
        Assert.InRange(offsets[^1], TimeSpan.Zero, duration - TimeSpan.FromTicks(1));
        for (var w = 0; w < 500; w++)
        {
            var a = TimeSpan.FromTicks(random.NextInt64(duration.Ticks));
            var b = TimeSpan.FromTicks(random.NextInt64(a.Ticks, duration.Ticks + 1));
            var count = offsets.Count(o => o >= a && o < b);
            var expected = pattern.ExpectedCount(b, duration) - pattern.ExpectedCount(a, duration);
            Assert.InRange(count, expected - 1 - 1e-6, expected + 1 + 1e-6);
        }
    }
}
