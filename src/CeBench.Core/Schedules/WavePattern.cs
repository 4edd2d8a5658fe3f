namespace CeBench.Core.Schedules;

/// <summary>
/// A sine around a base rate, base + amplitude * sin(2 pi t / period)
/// (<c>--base-rps --amplitude-rps --period</c>); it starts at the base, rising.
/// </summary>
public sealed record WavePattern(double BaseRps, double AmplitudeRps, TimeSpan Period) : LoadPattern
{
    public override string Name => "wave";

    internal override double Rate(double t, double duration) => BaseRps + (AmplitudeRps * Math.Sin(Phase(t)));

    internal override double Count(double t, double duration) =>
        (BaseRps * t) + (AmplitudeRps * Period.TotalSeconds / (2 * Math.PI) * (1 - Math.Cos(Phase(t))));

    // The first crest is a quarter period in; a shorter run peaks at its end.
    internal override double Peak(double duration) =>
        duration >= Period.TotalSeconds / 4 ? BaseRps + AmplitudeRps : Rate(duration, duration);

    protected override void ValidateParameters(TimeSpan duration)
    {
        RequirePositive(BaseRps, "--base-rps");
        if (!(AmplitudeRps >= 0 && AmplitudeRps <= BaseRps))
        {
            throw new BadInputException(Invariant(
                $"--amplitude-rps must be between 0 and --base-rps ({BaseRps}) so the rate never goes negative, not {AmplitudeRps}"));
        }

        RequirePositive(Period, "--period");
    }

    private double Phase(double t) => 2 * Math.PI * t / Period.TotalSeconds;
}
