namespace CeBench.Core.Schedules;

/// <summary>A whole run's requests: when each starts and which workload it sends.</summary>
public static class Schedule
{
    /// <summary>
    /// The offsets of <see cref="ArrivalSchedule.Offsets"/>, numbered in time order, each with a
    /// workload drawn by <see cref="WorkloadMix.Draw"/>. One <paramref name="seed"/> serves both: the
    /// Poisson gaps come from <see cref="Random"/> and the mix from <see cref="SeededUniform"/>, two
    /// unrelated generators.
    /// </summary>
    public static IReadOnlyList<ScheduledRequest> Build(
        LoadPattern pattern, TimeSpan duration, ArrivalProcess arrivals, int seed, IReadOnlyList<double> weights)
    {
        // Before the offsets, so bad weights are reported even for a run that draws no arrival.
        WorkloadMix.Validate(weights);
        var offsets = ArrivalSchedule.Offsets(pattern, duration, arrivals, seed);
        var sum = weights.Sum();
        var requests = new ScheduledRequest[offsets.Count];
        for (var i = 0; i < requests.Length; i++)
        {
            requests[i] = new ScheduledRequest(i, offsets[i], WorkloadMix.Pick(weights, sum, i, seed));
        }

        return requests;
    }

    /// <summary>The highest rate the run asks for, for the safety banner.</summary>
    public static double PeakRate(LoadPattern pattern, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        pattern.Validate(duration);
        return pattern.Peak(duration.TotalSeconds);
    }

    /// <summary>How many requests the run is expected to send; a uniform run sends exactly this, rounded up.</summary>
    public static double ExpectedTotal(LoadPattern pattern, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        pattern.Validate(duration);
        return pattern.ExpectedCount(duration, duration);
    }
}
