using System.Globalization;
using System.Text;
using CeBench.Core.Schedules;

namespace CeBench.Core.Runs;

/// <summary>What is about to happen, said before any load: target, pattern, duration, requests and peak rate.</summary>
public static class LoadBanner
{
    public static string For(RunSettings settings, string target, IReadOnlyList<string> workloads)
    {
        var expected = Schedule.ExpectedTotal(settings.Pattern, settings.Duration);
        var peak = Schedule.PeakRate(settings.Pattern, settings.Duration);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"CeBench plan: target {target}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  pattern {PatternText.Describe(settings.Pattern)} ({settings.Arrivals.ToString().ToLowerInvariant()} arrivals, seed {settings.Seed})");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {settings.Duration.TotalSeconds:0.###} s per case, about {Math.Ceiling(expected):0} requests per case, peak {peak:0.###} requests/s");
        text.AppendLine(CultureInfo.InvariantCulture, $"  cases: one Isolated per workload ({string.Join(", ", workloads)}) and Mixed, as --filter selects");
        text.Append(CultureInfo.InvariantCulture, $"  in-flight cap {settings.MaxInFlight}, timeout {settings.Timeout.TotalSeconds:0.###} s, retries {settings.Retries}");
        return text.ToString();
    }
}
