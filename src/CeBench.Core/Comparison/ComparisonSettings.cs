namespace CeBench.Core.Comparison;

/// <summary>How two runs are compared: the threshold a change must exceed, the significance level and the fewest samples a verdict needs.</summary>
public sealed record ComparisonSettings
{
    /// <summary>Every interval of a comparison (quantiles, shift, ratio) is a 95 % confidence interval.</summary>
    public const double Confidence = 0.95;

    public ComparisonThreshold Threshold { get; init; } = ComparisonThreshold.Default;

    /// <summary>Significance level of the one-sided tests behind the verdicts and of the error-rate test.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>
    /// Successful requests each side needs for a latency verdict (and sent requests for an error-rate
    /// verdict); with fewer, Perfolizer's equivalence test judges by the shift alone and says nothing reliable.
    /// </summary>
    public int MinimumSamples { get; init; } = 20;
}
