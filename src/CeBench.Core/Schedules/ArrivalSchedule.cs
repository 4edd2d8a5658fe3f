namespace CeBench.Core.Schedules;

/// <summary>
/// Intended start offsets for a pattern: a pure function of (pattern, duration, arrivals, seed), so a
/// schedule is tested without a clock and is the same however the run is later split.
/// </summary>
public static class ArrivalSchedule
{
    // Bisection stops when the arrival is known to 10 ns, well under TimeSpan's 100 ns tick.
    private const double PrecisionSeconds = 1e-8;

    // 64 halvings reach 10 ns from any TimeSpan, and stop the loop on very long runs where doubles
    // run out of digits before that.
    private const int MaxHalvings = 64;

    /// <summary>
    /// Arrival j starts where the expected count passes target j: j itself for
    /// <see cref="ArrivalProcess.Uniform"/>, cumulative Exp(1) draws from <c>new Random(seed)</c> for
    /// <see cref="ArrivalProcess.Poisson"/> (time-rescaling turns a unit-rate Poisson process into one
    /// that follows the rate). Targets stop at the expected count of the whole run, so every offset
    /// is in [0, duration) and they never decrease.
    /// </summary>
    public static IReadOnlyList<TimeSpan> Offsets(LoadPattern pattern, TimeSpan duration, ArrivalProcess arrivals, int seed)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        pattern.Validate(duration);
        var seconds = duration.TotalSeconds;
        var total = pattern.Count(seconds, seconds);
        var targets = arrivals switch
        {
            ArrivalProcess.Uniform => UniformTargets(total),
            ArrivalProcess.Poisson => PoissonTargets(total, seed),
            _ => throw new ArgumentOutOfRangeException(nameof(arrivals), arrivals, "unknown arrival process"),
        };

        var offsets = new List<TimeSpan>();
        var (from, gap) = (0.0, seconds);
        foreach (var target in targets)
        {
            // The count is monotone, so each search starts at the previous arrival, and the previous
            // gap is a good first guess at the next.
            var next = Invert(pattern, target, from, gap, seconds);
            (from, gap) = (next, Math.Max(next - from, PrecisionSeconds));
            offsets.Add(ToOffset(from, duration));
        }

        return offsets;
    }

    private static IEnumerable<double> UniformTargets(double total)
    {
        for (long k = 0; k < total; k++)
        {
            yield return k;
        }
    }

    private static IEnumerable<double> PoissonTargets(double total, int seed)
    {
        var random = new Random(seed);
        // Inverse transform: 1 - U is in (0, 1], so the logarithm is finite.
        double Next() => -Math.Log(1 - random.NextDouble());
        for (var e = Next(); e < total; e += Next())
        {
            yield return e;
        }
    }

    /// <summary>
    /// Where the expected count passes the target: the last t in [from, end] at which it is still at
    /// most the target. Where the rate is 0 the count is flat, so an arrival never lands there (the
    /// first arrival of a burst run with no baseline starts the first burst, not the run).
    /// </summary>
    private static double Invert(LoadPattern pattern, double target, double from, double step, double end)
    {
        // Bracket the crossing by doubling the step, then bisect the bracket.
        var (lo, hi) = (from, Math.Min(from + step, end));
        while (hi < end && pattern.Count(hi, end) <= target)
        {
            (lo, step) = (hi, step * 2);
            hi = Math.Min(lo + step, end);
        }

        for (var i = 0; i < MaxHalvings && hi - lo > PrecisionSeconds; i++)
        {
            var mid = lo + ((hi - lo) / 2);
            if (pattern.Count(mid, end) <= target)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return hi;
    }

    // Rounded to the nearest tick; an arrival within half a tick of the end stays inside the run.
    private static TimeSpan ToOffset(double seconds, TimeSpan duration) =>
        TimeSpan.FromTicks(Math.Min((long)Math.Round(seconds * TimeSpan.TicksPerSecond), duration.Ticks - 1));
}
