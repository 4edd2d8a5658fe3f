using System.Globalization;
using CeBench.Core.Schedules;

namespace CeBench.Core.Runs;

/// <summary>A pattern in the words of its options, for banners and run.json.</summary>
public static class PatternText
{
    public static string Describe(LoadPattern pattern) => pattern switch
    {
        SteadyPattern p => Invariant($"steady {p.Rps} rps"),
        BurstPattern p => Invariant($"burst: {p.BaselineRps} rps, {p.BurstRps} rps for {p.BurstDuration.TotalSeconds} s every {p.BurstInterval.TotalSeconds} s"),
        RampPattern p => Invariant($"ramp {p.StartRps} -> {p.EndRps} rps"),
        WavePattern p => Invariant($"wave {p.BaseRps} +/- {p.AmplitudeRps} rps, period {p.Period.TotalSeconds} s"),
        SustainedPattern p => Invariant($"sustained {p.Rps} rps, warm-up {p.Warmup.TotalSeconds} s, windows of {p.Window.TotalSeconds} s"),
        _ => pattern.Name,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
