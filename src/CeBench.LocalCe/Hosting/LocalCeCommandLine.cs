using System.Globalization;
using CeBench.Core;
using CeBench.Core.Units;
using CeBench.LocalCe.Catalog;
using CeBench.LocalCe.Faults;

namespace CeBench.LocalCe.Hosting;

/// <summary>
/// The local target's options as command-line flags. The standalone program uses them as they
/// are (<c>--policy</c>); the bench takes the same with a prefix (<c>--local-policy</c>).
/// </summary>
public static class LocalCeCommandLine
{
    public const string Usage = """
        --port N               port on 127.0.0.1 (default 10240 standalone, a free one in-process)
        --bind ADDRESS         listen on another address than 127.0.0.1 (prints a warning: it compiles for anyone who reaches it)
        --workers N            compile workers, like one CE instance (default 2)
        --policy P             fifo (CE today), sjf (shortest expected first) or lanes (default fifo)
        --backend B            model (cost table, no compiler) or gcc (host g++ -S) (default model)
        --time-scale X         multiply modelled times, e.g. 0.01 for fast tests (default 1)
        --cost-scale X         multiply the cost table: a slower or faster fleet (default 1)
        --noise X              sigma of the model's log-normal noise (default 0.2)
        --seed N               seed for noise and faults (default 1)
        --stale-after D        jobs that waited longer get CE's stale answer (default 60s)
        --compile-timeout D    kill a compile after this (default 20s)
        --max-queue N          queued jobs beyond this get 503 (default 10000)
        --lanes-threshold D    expected time below which a job is short, for lanes (default 1s)
        --fault KIND:RATE      repeatable: 503:0.05, 429:0.02, reset:0.01, delay=2s:0.05, malformed:0.01
        --catalog FILE         compilers and libraries as JSON (default: g151, g122; boost/187, ctre/trunk, fmt/trunk)
        """;

    /// <summary>
    /// Takes the flags it knows (with <paramref name="prefix"/>) out of <paramref name="args"/> and
    /// returns the options; what it does not know stays in the list.
    /// </summary>
    public static LocalCeOptions Parse(List<string> args, LocalCeOptions defaults, string prefix = "--")
    {
        var options = defaults;
        var faults = new List<FaultRule>();
        for (var i = 0; i < args.Count;)
        {
            var flag = args[i];
            if (!flag.StartsWith(prefix, StringComparison.Ordinal) || !IsKnown(flag[prefix.Length..]))
            {
                i++;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new BadInputException($"{flag} needs a value");
            }

            var value = args[i + 1];
            args.RemoveRange(i, 2);
            options = Apply(options, flag, flag[prefix.Length..], value, faults);
        }

        return faults.Count > 0 ? options with { Faults = [.. options.Faults, .. faults] } : options;
    }

    private static readonly string[] Known =
    [
        "port", "bind", "workers", "policy", "backend", "time-scale", "cost-scale", "noise", "seed", "stale-after",
        "compile-timeout", "max-queue", "lanes-threshold", "fault", "catalog",
    ];

    private static bool IsKnown(string name) => Known.Contains(name, StringComparer.Ordinal);

    private static LocalCeOptions Apply(LocalCeOptions options, string flag, string name, string value, List<FaultRule> faults) => name switch
    {
        "port" => options with { Port = Int(flag, value, 0, 65535) },
        "bind" => options with { BindAddress = System.Net.IPAddress.TryParse(value, out var address) ? address : throw new BadInputException($"{flag} must be an IP address such as 127.0.0.1, not '{value}'") },
        "workers" => options with { Workers = Int(flag, value, 1, 1024) },
        "policy" => options with { Policy = OneOf(flag, value, "fifo", "sjf", "lanes") },
        "backend" => options with { Backend = OneOf(flag, value, "model", "gcc") },
        "time-scale" => options with { TimeScale = Positive(flag, value) },
        "cost-scale" => options with { CostScale = Positive(flag, value) },
        "noise" => options with { NoiseSigma = NonNegative(flag, value) },
        "seed" => options with { Seed = Int(flag, value, int.MinValue, int.MaxValue) },
        "stale-after" => options with { StaleAfter = Durations.Parse(value, flag) },
        "compile-timeout" => options with { CompileTimeout = Durations.Parse(value, flag) },
        "max-queue" => options with { MaxQueueLength = Int(flag, value, 1, int.MaxValue) },
        "lanes-threshold" => options with { LanesShortThresholdMs = Durations.Parse(value, flag).TotalMilliseconds },
        "fault" => AddFault(options, value, faults),
        _ => options with { Catalog = LocalCeCatalog.Load(value) },
    };

    /// <summary>The warning to print when the target listens beyond loopback; null when it does not.</summary>
    public static string? ExposureWarning(LocalCeOptions options) =>
        System.Net.IPAddress.IsLoopback(options.BindAddress)
            ? null
            : $"warning: the local target listens on {options.BindAddress}, not only 127.0.0.1: anyone who reaches this port can make it run the compiler";

    private static LocalCeOptions AddFault(LocalCeOptions options, string value, List<FaultRule> faults)
    {
        faults.Add(FaultRule.Parse(value));
        return options;
    }

    private static int Int(string flag, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new BadInputException($"{flag} must be a whole number from {min} to {max}, not '{value}'");

    private static double Positive(string flag, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) && x > 0
            ? x
            : throw new BadInputException($"{flag} must be a positive number, not '{value}'");

    private static double NonNegative(string flag, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) && x >= 0
            ? x
            : throw new BadInputException($"{flag} must be a number of at least 0, not '{value}'");

    private static string OneOf(string flag, string value, params string[] allowed) =>
        allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new BadInputException($"{flag} must be one of {string.Join(", ", allowed)}, not '{value}'");
}
