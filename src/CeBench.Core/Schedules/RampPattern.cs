namespace CeBench.Core.Schedules;

/// <summary>
/// A rate that changes linearly from <see cref="StartRps"/> at the start to <see cref="EndRps"/> at
/// the end (<c>--start-rps --end-rps</c>); it ramps down when the end is lower.
/// </summary>
public sealed record RampPattern(double StartRps, double EndRps) : LoadPattern
{
    public override string Name => "ramp";

    internal override double Rate(double t, double duration) => StartRps + ((EndRps - StartRps) * t / duration);

    internal override double Count(double t, double duration) => (StartRps * t) + ((EndRps - StartRps) * t * t / (2 * duration));

    internal override double Peak(double duration) => Math.Max(StartRps, EndRps);

    protected override void ValidateParameters(TimeSpan duration)
    {
        RequireNonNegative(StartRps, "--start-rps");
        RequireNonNegative(EndRps, "--end-rps");
        if (StartRps == 0 && EndRps == 0)
        {
            throw new BadInputException("--start-rps and --end-rps are both 0, so the run would send nothing: give at least one a positive rate");
        }
    }
}
