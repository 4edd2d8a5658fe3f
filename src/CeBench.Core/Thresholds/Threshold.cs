using System.Globalization;
using CeBench.Core.Analysis;
using CeBench.Core.Units;

namespace CeBench.Core.Thresholds;

/// <summary>
/// A pass/fail criterion in k6's style: <c>p95&lt;8s</c>, <c>errors&lt;1%</c>, <c>boost_heavy:p99&lt;30s</c>,
/// <c>lag_p99&lt;5ms</c>. Without a workload it applies to every case as a whole; with one, to that
/// workload in every case that sends it.
/// </summary>
public sealed record Threshold(string Text, string? Workload, string Metric, string Operator, double Limit)
{
    public const string Metrics = "p50, p95, p99, mean (durations); errors, dropped (percent); lag_p99, queue_p50, compile_p50 (durations); slowdown_p95 (a ratio)";

    private static readonly string[] Operators = ["<=", ">=", "<", ">"];

    public static Threshold Parse(string text)
    {
        var body = text.Trim();
        string? workload = null;
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            workload = body[..colon].Trim();
            body = body[(colon + 1)..];
        }

        var op = Operators.FirstOrDefault(o => body.Contains(o, StringComparison.Ordinal))
            ?? throw new BadInputException($"threshold '{text}' needs a comparison such as p95<8s or errors<1%");
        var at = body.IndexOf(op, StringComparison.Ordinal);
        var metric = body[..at].Trim().ToLowerInvariant();
        var value = body[(at + op.Length)..].Trim();
        var limit = metric switch
        {
            "p50" or "p95" or "p99" or "mean" or "lag_p99" or "queue_p50" or "compile_p50" => Durations.Parse(value, $"threshold '{text}'").TotalMilliseconds,
            "errors" or "dropped" => Percent(value, text),
            "slowdown_p95" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x)
                ? x
                : throw new BadInputException($"threshold '{text}': slowdown_p95 takes a plain number such as 3"),
            _ => throw new BadInputException($"threshold '{text}' names an unknown metric '{metric}'; known: {Metrics}"),
        };
        return new Threshold(text, workload is { Length: > 0 } ? workload : null, metric, op, limit);
    }

    /// <summary>The measured value of this threshold's metric in a summary row; null when the row has none.</summary>
    public double? Measure(WorkloadStats row) => Metric switch
    {
        "p50" => row.P50,
        "p95" => row.P95,
        "p99" => row.P99,
        "mean" => row.Mean,
        "errors" => row.ErrorPercent,
        "dropped" => row.Scheduled == 0 ? 0 : 100.0 * row.Dropped / row.Scheduled,
        "lag_p99" => row.LagP99,
        "queue_p50" => row.QueueP50,
        "compile_p50" => row.CompileP50,
        _ => row.SlowdownP95,
    };

    public bool Holds(double measured) => Operator switch
    {
        "<" => measured < Limit,
        "<=" => measured <= Limit,
        ">" => measured > Limit,
        _ => measured >= Limit,
    };

    private static double Percent(string value, string text) =>
        value.EndsWith('%')
        && double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent)
        && percent is >= 0 and <= 100
            ? percent
            : throw new BadInputException($"threshold '{text}': errors and dropped take a percentage such as 1%");
}
