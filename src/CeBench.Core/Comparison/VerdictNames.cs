namespace CeBench.Core.Comparison;

/// <summary>The verdicts as they appear in every table and file.</summary>
public static class VerdictNames
{
    public static string ToName(this LatencyVerdict verdict) => verdict switch
    {
        LatencyVerdict.Unknown => "unknown",
        LatencyVerdict.Same => "same",
        LatencyVerdict.Faster => "faster",
        LatencyVerdict.Slower => "slower",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    public static string ToName(this ErrorRateVerdict verdict) => verdict switch
    {
        ErrorRateVerdict.Unknown => "unknown",
        ErrorRateVerdict.Same => "same",
        ErrorRateVerdict.Fewer => "fewer",
        ErrorRateVerdict.More => "more",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };
}
