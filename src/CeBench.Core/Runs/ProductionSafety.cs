using System.Globalization;
using CeBench.Core.Schedules;

namespace CeBench.Core.Runs;

/// <summary>
/// Keeps CeBench from hammering the public Compiler Explorer by accident. Its CDN allows 12,000
/// POSTs per 5 minutes per IP (about 40/s); a plan above that for more than a few seconds is refused
/// unless --allow-high-rate says it is meant.
/// </summary>
public static class ProductionSafety
{
    public const double PublicRateLimit = 40;
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(3);

    public static void Check(RunSettings settings)
    {
        if (!settings.Endpoint.IsPublicService || settings.AllowHighRate)
        {
            return;
        }

        var above = TimeAbove(settings.Pattern, settings.Duration, PublicRateLimit);
        if (above > Tolerance)
        {
            throw new BadInputException(string.Create(CultureInfo.InvariantCulture,
                $"the plan sends more than {PublicRateLimit} requests/s to {settings.Endpoint} for {above.TotalSeconds:0.#} s; the public service rate-limits at 12,000 requests per 5 minutes per IP (real users share it). Lower the rate, or pass --allow-high-rate if this is agreed with CE's maintainers"));
        }
    }

    /// <summary>The longest stretch of the run whose rate is above <paramref name="limit"/>, sampled every 100 ms.</summary>
    public static TimeSpan TimeAbove(LoadPattern pattern, TimeSpan duration, double limit)
    {
        var step = TimeSpan.FromMilliseconds(100);
        var longest = TimeSpan.Zero;
        var current = TimeSpan.Zero;
        for (var t = TimeSpan.Zero; t < duration; t += step)
        {
            current = pattern.RateAt(t, duration) > limit ? current + step : TimeSpan.Zero;
            longest = current > longest ? current : longest;
        }

        return longest;
    }
}
