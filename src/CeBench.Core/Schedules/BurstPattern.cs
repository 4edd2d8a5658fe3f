using CeBench.Core.Units;

namespace CeBench.Core.Schedules;

/// <summary>
/// A baseline rate with regular bursts (<c>--baseline-rps --burst-rps --burst-duration --burst-interval</c>).
/// The run starts at the baseline and every interval ends with its burst: the burst windows are
/// [k*I + (I - D), (k + 1)*I), so a run of whole intervals ends on a burst rather than cutting one off.
/// </summary>
public sealed record BurstPattern(double BaselineRps, double BurstRps, TimeSpan BurstDuration, TimeSpan BurstInterval)
    : LoadPattern
{
    public override string Name => "burst";

    internal override double Rate(double t, double duration) => InBurst(t) ? BurstRps : BaselineRps;

    internal override double Count(double t, double duration) => (BaselineRps * t) + ((BurstRps - BaselineRps) * BurstTimeBefore(t));

    internal override double Peak(double duration) =>
        FirstBurst.TotalSeconds < duration ? Math.Max(BaselineRps, BurstRps) : BaselineRps;

    protected override void ValidateParameters(TimeSpan duration)
    {
        RequireNonNegative(BaselineRps, "--baseline-rps");
        RequirePositive(BurstRps, "--burst-rps");
        RequirePositive(BurstInterval, "--burst-interval");
        if (BurstDuration <= TimeSpan.Zero || BurstDuration > BurstInterval)
        {
            throw new BadInputException(
                $"--burst-duration must be longer than 0 and at most --burst-interval ({Durations.Format(BurstInterval)}), not {Durations.Format(BurstDuration)}");
        }

        if (BaselineRps == 0 && FirstBurst >= duration)
        {
            throw new BadInputException(
                $"--baseline-rps is 0 and the first burst starts at {Durations.Format(FirstBurst)}, after the run ends at {Durations.Format(duration)}, so the run would send nothing: run longer, shorten --burst-interval or raise --baseline-rps");
        }
    }

    /// <summary>Where the first burst starts: I - D.</summary>
    private TimeSpan FirstBurst => BurstInterval - BurstDuration;

    private bool InBurst(double t) => PhaseOf(t) >= FirstBurst.TotalSeconds;

    /// <summary>Seconds of burst in [0, t): D per whole interval plus the part of the current one.</summary>
    private double BurstTimeBefore(double t) =>
        (Math.Floor(t / BurstInterval.TotalSeconds) * BurstDuration.TotalSeconds) + Math.Max(0, PhaseOf(t) - FirstBurst.TotalSeconds);

    /// <summary>Seconds since the current interval began.</summary>
    private double PhaseOf(double t) => t - (Math.Floor(t / BurstInterval.TotalSeconds) * BurstInterval.TotalSeconds);
}
