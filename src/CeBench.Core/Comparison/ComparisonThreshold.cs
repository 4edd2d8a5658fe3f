using Perfolizer.Horology;
using Perfolizer.Metrology;

namespace CeBench.Core.Comparison;

/// <summary>
/// How much slower (or faster) the after run must be before it counts: relative (<c>5%</c>: after's
/// latencies above before's times 1.05) or absolute (<c>50ms</c>: above before's plus 50 ms).
/// </summary>
public sealed record ComparisonThreshold
{
    private ComparisonThreshold(string text, Threshold value)
    {
        Text = text;
        Value = value;
    }

    /// <summary>As given, for the output.</summary>
    public string Text { get; }

    /// <summary>Perfolizer's threshold, applied by its Mann-Whitney and equivalence tests.</summary>
    public Threshold Value { get; }

    public static ComparisonThreshold Default { get; } = Parse("5%");

    public static ComparisonThreshold Parse(string text)
    {
        var trimmed = text.Trim();
        // Perfolizer also reads bare numbers and ratios; only a percentage or a time is meaningful here.
        if (!PerfolizerMeasurementFormatter.Instance.TryParse(trimmed, out var measurement)
            || measurement.Unit is not (PercentUnit or TimeUnit)
            || !double.IsFinite(measurement.NominalValue))
        {
            throw new BadInputException($"--threshold '{text}' is neither a percentage nor a time: use e.g. 5% (relative) or 50ms (absolute)");
        }

        // A zero margin would make Perfolizer's equivalence test call any difference at all significant.
        if (measurement.NominalValue <= 0)
        {
            throw new BadInputException($"--threshold '{text}' must be more than zero: the verdicts ignore changes smaller than it");
        }

        return new ComparisonThreshold(trimmed, new Threshold(measurement));
    }

    public override string ToString() => Text;
}
