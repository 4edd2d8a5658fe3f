using CeBench.Core;
using CeBench.Core.Schedules;

namespace CeBench.Tests.Schedules;

public class PatternValidationTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    public static TheoryData<LoadPattern, TimeSpan, string> BadPatterns() => new()
    {
        { new SteadyPattern(2), TimeSpan.Zero, "--duration must be longer than 0" },
        { new SteadyPattern(2), -Second, "--duration must be longer than 0" },
        { new SteadyPattern(-1), Minute, "--rps must be a positive number of requests per second, such as 2 or 0.5, not -1" },
        { new SteadyPattern(0), Minute, "--rps must be a positive number" },
        { new SteadyPattern(double.NaN), Minute, "--rps must be a positive number of requests per second, such as 2 or 0.5, not NaN" },
        { new SteadyPattern(double.PositiveInfinity), Minute, "--rps must be a positive number" },
        { new BurstPattern(-1, 10, Second, 10 * Second), Minute, "--baseline-rps must be 0 or more" },
        { new BurstPattern(double.NaN, 10, Second, 10 * Second), Minute, "--baseline-rps must be 0 or more" },
        { new BurstPattern(1, 0, Second, 10 * Second), Minute, "--burst-rps must be a positive number" },
        { new BurstPattern(1, 10, Second, TimeSpan.Zero), Minute, "--burst-interval must be longer than 0" },
        { new BurstPattern(1, 10, TimeSpan.Zero, 10 * Second), Minute, "--burst-duration must be longer than 0 and at most --burst-interval (10s), not 0ms" },
        { new BurstPattern(1, 10, 11 * Second, 10 * Second), Minute, "--burst-duration must be longer than 0 and at most --burst-interval (10s), not 11s" },
        { new BurstPattern(0, 10, 5 * Second, 2 * Minute), Minute, "--baseline-rps is 0 and the first burst starts at 115s" },
        { new RampPattern(-1, 10), Minute, "--start-rps must be 0 or more" },
        { new RampPattern(1, double.NegativeInfinity), Minute, "--end-rps must be 0 or more" },
        { new RampPattern(0, 0), Minute, "--start-rps and --end-rps are both 0" },
        { new WavePattern(0, 0, Minute), Minute, "--base-rps must be a positive number" },
        { new WavePattern(5, 7, Minute), Minute, "--amplitude-rps must be between 0 and --base-rps (5) so the rate never goes negative, not 7" },
        { new WavePattern(5, -1, Minute), Minute, "--amplitude-rps must be between 0 and --base-rps (5)" },
        { new WavePattern(5, double.NaN, Minute), Minute, "--amplitude-rps must be between 0 and --base-rps (5)" },
        { new WavePattern(5, 1, TimeSpan.Zero), Minute, "--period must be longer than 0" },
        { new SustainedPattern(-0.5, Second, Second), Minute, "--rps must be a positive number" },
        { new SustainedPattern(1, Minute, Second), Minute, "--warmup must be at least 0 and shorter than --duration (60s), not 60s" },
        { new SustainedPattern(1, -Second, Second), Minute, "--warmup must be at least 0" },
        { new SustainedPattern(1, Second, TimeSpan.Zero), Minute, "--window must be longer than 0" },
    };

    [Theory]
    [MemberData(nameof(BadPatterns))]
    public void Nonsense_is_bad_input_whose_message_names_the_option(LoadPattern pattern, TimeSpan duration, string expected)
    {
        var e = Assert.Throws<BadInputException>(() => pattern.Validate(duration));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        // Every entry point validates before doing any work.
        Assert.Throws<BadInputException>(() => ArrivalSchedule.Offsets(pattern, duration, ArrivalProcess.Uniform, 1));
        Assert.Throws<BadInputException>(() => Schedule.Build(pattern, duration, ArrivalProcess.Poisson, 1, [1]));
        Assert.Throws<BadInputException>(() => Schedule.PeakRate(pattern, duration));
        Assert.Throws<BadInputException>(() => Schedule.ExpectedTotal(pattern, duration));
    }

    public static TheoryData<LoadPattern, TimeSpan> GoodEdges() => new()
    {
        { new SteadyPattern(0.01), Minute },
        { new BurstPattern(0, 10, 10 * Second, 10 * Second), Minute },
        { new BurstPattern(0, 10, 5 * Second, 60 * Second), Minute },
        { new BurstPattern(1, 10, 5 * Second, 2 * Minute), Minute },
        { new RampPattern(0, 3), Minute },
        { new RampPattern(3, 0), Minute },
        { new WavePattern(5, 5, Minute), Minute },
        { new WavePattern(5, 0, Minute), Minute },
        { new SustainedPattern(1, TimeSpan.Zero, Minute), Second },
    };

    [Theory]
    [MemberData(nameof(GoodEdges))]
    public void Edge_values_that_make_sense_are_accepted_and_send_something(LoadPattern pattern, TimeSpan duration)
    {
        pattern.Validate(duration);

        Assert.NotEmpty(ArrivalSchedule.Offsets(pattern, duration, ArrivalProcess.Uniform, 1));
    }
}
