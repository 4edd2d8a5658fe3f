using CeBench.Core.Schedules;

namespace CeBench.Tests.Schedules;

public class LoadPatternTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(90);

    public static TheoryData<LoadPattern> Patterns() => new()
    {
        new SteadyPattern(2.5),
        new SustainedPattern(2.5, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5)),
        new BurstPattern(1, 9, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(14)),
        new RampPattern(3, 11),
        new RampPattern(11, 0),
        new WavePattern(4, 3, TimeSpan.FromSeconds(17)),
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Expected_count_is_the_integral_of_the_rate(LoadPattern pattern)
    {
        // Midpoint rule with 1 ms steps; the burst's jumps cost at most a step's worth each.
        const int stepsPerSecond = 1000;
        var integral = 0.0;
        for (var i = 0; i < Duration.TotalSeconds * stepsPerSecond; i++)
        {
            if (i % (10 * stepsPerSecond) == 0)
            {
                Assert.Equal(integral, pattern.ExpectedCount(TimeSpan.FromSeconds((double)i / stepsPerSecond), Duration), 0.05);
            }

            integral += pattern.RateAt(TimeSpan.FromSeconds((i + 0.5) / stepsPerSecond), Duration) / stepsPerSecond;
        }

        Assert.Equal(integral, pattern.ExpectedCount(Duration, Duration), 0.05);
        Assert.Equal(0, pattern.ExpectedCount(TimeSpan.Zero, Duration));
    }

    [Fact]
    public void Rates_follow_each_shape()
    {
        var burst = new BurstPattern(1, 9, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(14));
        var ramp = new RampPattern(10, 2);
        var wave = new WavePattern(4, 3, TimeSpan.FromSeconds(20));
        double At(LoadPattern p, double seconds) => p.RateAt(TimeSpan.FromSeconds(seconds), Duration);

        Assert.Equal([1, 1, 9, 9, 1, 9], new[] { 0, 9.99, 10, 13.99, 14, 27 }.Select(t => At(burst, t)));
        Assert.Equal([10, 6, 2], new[] { 0, 45, 90 }.Select(t => At(ramp, t)));
        Assert.Equal(4, At(wave, 0), 9);
        Assert.Equal(7, At(wave, 5), 9);
        Assert.Equal(4, At(wave, 10), 9);
        Assert.Equal(1, At(wave, 15), 9);
    }

    [Fact]
    public void Offsets_outside_the_run_are_clamped_to_it()
    {
        var ramp = new RampPattern(10, 0);

        Assert.Equal(0, ramp.RateAt(Duration * 2, Duration));
        Assert.Equal(10, ramp.RateAt(-Duration, Duration));
        Assert.Equal(ramp.ExpectedCount(Duration, Duration), ramp.ExpectedCount(Duration * 2, Duration));
        Assert.Equal(0, ramp.ExpectedCount(-Duration, Duration));
    }

    [Fact]
    public void Names_are_the_pattern_names_of_the_command_line()
    {
        Assert.Equal(
            new[] { "steady", "sustained", "burst", "ramp", "ramp", "wave" },
            Patterns().Cast<object[]>().Select(row => ((LoadPattern)row[0]).Name));
    }
}
