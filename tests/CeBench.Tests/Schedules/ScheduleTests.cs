using CeBench.Core.Schedules;

namespace CeBench.Tests.Schedules;

public class ScheduleTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    [Fact]
    public void Requests_are_the_offsets_numbered_in_time_order_with_their_drawn_workloads()
    {
        var pattern = new WavePattern(8, 4, TimeSpan.FromSeconds(10));
        double[] weights = [3, 1, 0.5];

        var requests = Schedule.Build(pattern, Duration, ArrivalProcess.Poisson, 21, weights);

        Assert.Equal(ArrivalSchedule.Offsets(pattern, Duration, ArrivalProcess.Poisson, 21), requests.Select(r => r.Offset));
        Assert.Equal(Enumerable.Range(0, requests.Count).Select(i => (long)i), requests.Select(r => r.Index));
        Assert.All(requests, r => Assert.Equal(WorkloadMix.Draw(weights, r.Index, 21), r.WorkloadIndex));
        Assert.Equal(3, requests.Select(r => r.WorkloadIndex).Distinct().Count());
    }

    [Fact]
    public void A_shorter_steady_run_is_a_prefix_of_a_longer_one_workloads_included()
    {
        double[] weights = [1, 2, 3];
        var longer = Schedule.Build(new SteadyPattern(5), Duration, ArrivalProcess.Uniform, 3, weights);
        var shorter = Schedule.Build(new SteadyPattern(5), Duration / 3, ArrivalProcess.Uniform, 3, weights);

        Assert.Equal(100, shorter.Count);
        Assert.Equal(longer.Take(shorter.Count), shorter);
    }

    [Fact]
    public void Bad_weights_are_reported_before_any_offset()
    {
        var e = Assert.Throws<CeBench.Core.BadInputException>(
            () => Schedule.Build(new SteadyPattern(1), Duration, ArrivalProcess.Uniform, 1, [1, -2]));

        Assert.Contains("weight #2 is -2", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<LoadPattern, TimeSpan, double> Peaks() => new()
    {
        { new SteadyPattern(2.5), Duration, 2.5 },
        { new SustainedPattern(4, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)), Duration, 4 },
        { new BurstPattern(1, 30, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20)), Duration, 30 },
        // The first burst would start at 115 s, after the run.
        { new BurstPattern(1, 30, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(120)), Duration, 1 },
        { new RampPattern(2, 9), Duration, 9 },
        { new RampPattern(9, 2), Duration, 9 },
        { new WavePattern(10, 3, TimeSpan.FromSeconds(20)), Duration, 13 },
        // A run shorter than a quarter period ends on the rising edge: 10 + 3 sin(pi/6).
        { new WavePattern(10, 3, TimeSpan.FromSeconds(120)), TimeSpan.FromSeconds(10), 11.5 },
    };

    [Theory]
    [MemberData(nameof(Peaks))]
    public void Peak_rate_is_the_highest_rate_of_the_run(LoadPattern pattern, TimeSpan duration, double peak)
    {
        Assert.Equal(peak, Schedule.PeakRate(pattern, duration), 9);
        var sampled = Enumerable.Range(0, 10_001).Max(i => pattern.RateAt(duration * (i / 10_000.0), duration));
        Assert.Equal(sampled, peak, 6);
    }

    [Fact]
    public void Expected_total_is_the_integral_over_the_run()
    {
        Assert.Equal(120, Schedule.ExpectedTotal(new SteadyPattern(2), Duration), 9);
        Assert.Equal(330, Schedule.ExpectedTotal(new RampPattern(1, 10), Duration), 9);
        Assert.Equal(
            Schedule.ExpectedTotal(new SteadyPattern(0.7), Duration),
            Schedule.Build(new SteadyPattern(0.7), Duration, ArrivalProcess.Uniform, 1, [1]).Count,
            9);
    }

    [Fact]
    public void Two_hundred_thousand_arrivals_build_without_trouble()
    {
        // A speed sanity run, not a timing assertion: 200k arrivals of a wave (the costliest count).
        var pattern = new WavePattern(100, 50, TimeSpan.FromSeconds(60));
        var duration = TimeSpan.FromSeconds(2000);

        var requests = Schedule.Build(pattern, duration, ArrivalProcess.Uniform, 1, [1, 1]);

        Assert.Equal(Math.Ceiling(Schedule.ExpectedTotal(pattern, duration)), requests.Count);
        Assert.InRange(requests.Count, 200_000, 201_000);
        Assert.True(requests[^1].Offset < duration);
    }
}
