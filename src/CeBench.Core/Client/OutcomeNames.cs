namespace CeBench.Core.Client;

/// <summary>The outcome names used in every file and table: ok, compile-error, server-timeout, ...</summary>
public static class OutcomeNames
{
    public static string ToWireName(this Outcome outcome) => outcome switch
    {
        Outcome.Ok => "ok",
        Outcome.CompileError => "compile-error",
        Outcome.Timeout => "timeout",
        Outcome.ServerTimeout => "server-timeout",
        Outcome.RateLimited => "rate-limited",
        Outcome.HttpError => "http-error",
        Outcome.TransportError => "transport-error",
        Outcome.InternalError => "internal-error",
        Outcome.Dropped => "dropped",
        Outcome.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static Outcome Parse(string name)
    {
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            if (outcome.ToWireName() == name)
            {
                return outcome;
            }
        }

        throw new FormatException($"unknown outcome '{name}'");
    }
}
