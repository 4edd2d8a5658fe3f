using System.Globalization;
using CeBench.Core.Units;

namespace CeBench.Core.Schedules;

/// <summary>
/// How the request rate changes over a run (design.md section 6). The rate's integral is in closed
/// form, so a schedule inverts it exactly instead of accumulating a simulated clock. Offsets outside
/// [0, duration] are clamped to it.
/// </summary>
public abstract record LoadPattern
{
    /// <summary>steady, burst, ramp, wave or sustained.</summary>
    public abstract string Name { get; }

    /// <summary>Requests per second at offset <paramref name="t"/> of a run of <paramref name="duration"/>.</summary>
    public double RateAt(TimeSpan t, TimeSpan duration) => Rate(Clamp(t, duration), duration.TotalSeconds);

    /// <summary>Requests expected from the start to <paramref name="t"/>: the integral of the rate.</summary>
    public double ExpectedCount(TimeSpan t, TimeSpan duration) => Count(Clamp(t, duration), duration.TotalSeconds);

    /// <summary>Throws <see cref="BadInputException"/> naming the option when the pattern makes no sense for this run.</summary>
    public void Validate(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            throw new BadInputException($"--duration must be longer than 0, such as 30s, not {Durations.Format(duration)}");
        }

        ValidateParameters(duration);
    }

    // In seconds as doubles: bisection works on these without TimeSpan's 100 ns rounding.
    internal abstract double Rate(double t, double duration);

    internal abstract double Count(double t, double duration);

    /// <summary>The highest rate over [0, duration].</summary>
    internal abstract double Peak(double duration);

    protected abstract void ValidateParameters(TimeSpan duration);

    protected static void RequirePositive(double rps, string option)
    {
        if (!(double.IsFinite(rps) && rps > 0))
        {
            throw new BadInputException(Invariant($"{option} must be a positive number of requests per second, such as 2 or 0.5, not {rps}"));
        }
    }

    protected static void RequireNonNegative(double rps, string option)
    {
        if (!(double.IsFinite(rps) && rps >= 0))
        {
            throw new BadInputException(Invariant($"{option} must be 0 or more requests per second, such as 2 or 0.5, not {rps}"));
        }
    }

    protected static void RequirePositive(TimeSpan span, string option)
    {
        if (span <= TimeSpan.Zero)
        {
            throw new BadInputException($"{option} must be longer than 0, such as 5s, not {Durations.Format(span)}");
        }
    }

    protected static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static double Clamp(TimeSpan t, TimeSpan duration) => Math.Clamp(t.TotalSeconds, 0, duration.TotalSeconds);
}
