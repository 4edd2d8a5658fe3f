using System.Globalization;
using CeBench.Core;
using CeBench.Core.Units;

namespace CeBench.LocalCe.Faults;

/// <summary>
/// One <c>--fault</c>: <c>503:0.05</c>, <c>429:0.02</c>, <c>reset:0.01</c>, <c>delay=2s:0.05</c>,
/// <c>malformed:0.01</c>; the number after the last colon is the share of requests it hits.
/// </summary>
public sealed record FaultRule(FaultKind Kind, double Rate, int Status = 0, TimeSpan Delay = default)
{
    public string Name => Kind switch
    {
        FaultKind.Status => Status.ToString(CultureInfo.InvariantCulture),
        FaultKind.Reset => "reset",
        FaultKind.Delay => "delay",
        _ => "malformed",
    };

    public static FaultRule Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0
            || !double.TryParse(text[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate)
            || !(rate is >= 0 and <= 1))
        {
            throw new BadInputException(
                $"fault '{text}' is not KIND:RATE with a rate from 0 to 1, such as 503:0.05, 429:0.02, reset:0.01, delay=2s:0.05 or malformed:0.01");
        }

        var kind = text[..colon];
        if (kind == "reset")
        {
            return new FaultRule(FaultKind.Reset, rate);
        }

        if (kind == "malformed")
        {
            return new FaultRule(FaultKind.Malformed, rate);
        }

        if (kind.StartsWith("delay=", StringComparison.Ordinal))
        {
            return new FaultRule(FaultKind.Delay, rate, Delay: Durations.Parse(kind["delay=".Length..], "fault delay"));
        }

        if (int.TryParse(kind, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status is >= 400 and <= 599)
        {
            return new FaultRule(FaultKind.Status, rate, Status: status);
        }

        throw new BadInputException(
            $"fault kind '{kind}' is unknown: use an HTTP status from 400 to 599, reset, delay=<duration> or malformed");
    }
}
