namespace CeBench.Core.Comparison;

/// <summary>An estimate with its confidence interval (see <see cref="ComparisonSettings.Confidence"/>).</summary>
public sealed record IntervalEstimate(double Value, double Lower, double Upper)
{
    public bool Contains(double value) => Lower <= value && value <= Upper;
}
