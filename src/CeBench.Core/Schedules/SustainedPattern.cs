using CeBench.Core.Units;

namespace CeBench.Core.Schedules;

/// <summary>
/// A long steady run (<c>--rps --warmup --window</c>). <see cref="Warmup"/> and <see cref="Window"/>
/// do not change the schedule: requests intended before the warm-up ends are reported separately, and
/// the stability report groups requests into windows of <see cref="Window"/>.
/// </summary>
public sealed record SustainedPattern(double Rps, TimeSpan Warmup, TimeSpan Window) : LoadPattern
{
    public override string Name => "sustained";

    internal override double Rate(double t, double duration) => Rps;

    internal override double Count(double t, double duration) => Rps * t;

    internal override double Peak(double duration) => Rps;

    protected override void ValidateParameters(TimeSpan duration)
    {
        RequirePositive(Rps, "--rps");
        if (Warmup < TimeSpan.Zero || Warmup >= duration)
        {
            throw new BadInputException(
                $"--warmup must be at least 0 and shorter than --duration ({Durations.Format(duration)}), not {Durations.Format(Warmup)}: shorten the warm-up or run longer");
        }

        RequirePositive(Window, "--window");
    }
}
