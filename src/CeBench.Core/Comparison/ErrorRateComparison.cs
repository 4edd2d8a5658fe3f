namespace CeBench.Core.Comparison;

/// <summary>How after's error rate compares with before's for one row (see <see cref="TwoProportionTest"/>).</summary>
public sealed record ErrorRateComparison
{
    /// <summary>Two-sided p-value; null when the verdict is unknown for lack of sent requests.</summary>
    public double? PValue { get; init; }

    public required ErrorRateVerdict Verdict { get; init; }

    public static ErrorRateComparison Of(SideSummary before, SideSummary after, ComparisonSettings settings)
    {
        if (before.Sent < settings.MinimumSamples || after.Sent < settings.MinimumSamples)
        {
            return new ErrorRateComparison { Verdict = ErrorRateVerdict.Unknown };
        }

        var p = TwoProportionTest.PValue(before.Failed, before.Sent, after.Failed, after.Sent);
        var verdict = p >= settings.Alpha ? ErrorRateVerdict.Same
            : after.ErrorRate > before.ErrorRate ? ErrorRateVerdict.More
            : ErrorRateVerdict.Fewer;
        return new ErrorRateComparison { PValue = p, Verdict = verdict };
    }
}
