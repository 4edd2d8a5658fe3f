using System.Globalization;

namespace CeBench.Core.Units;

/// <summary>Durations as people type them: <c>250ms</c>, <c>2s</c>, <c>1.5s</c>, <c>5m</c>, <c>1h</c>.</summary>
public static class Durations
{
    private static readonly (string Suffix, double Milliseconds)[] Units =
        [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)];

    /// <summary>Parses a non-negative duration; <paramref name="what"/> names the option in the error.</summary>
    public static TimeSpan Parse(string text, string what)
    {
        var value = text.Trim();
        foreach (var (suffix, ms) in Units)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal)
                && double.TryParse(value[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
                && double.IsFinite(amount) && amount >= 0)
            {
                return TimeSpan.FromMilliseconds(amount * ms);
            }
        }

        throw new BadInputException($"{what} '{text}' is not a duration: use a number with ms, s, m or h, such as 500ms or 30s");
    }

    public static string Format(TimeSpan span) => span.TotalMilliseconds switch
    {
        < 1000 => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:0.###}ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###}s"),
    };
}
