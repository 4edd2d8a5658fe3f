using System.Globalization;
using CeBench.Core.Endpoints;
using CeBench.Core.Schedules;
using CeBench.Core.Segments;
using CeBench.Core.Thresholds;
using CeBench.Core.Units;

namespace CeBench.Core.Runs;

/// <summary>
/// Takes CeBench's options out of the command line (as <c>--name value</c> or <c>--name=value</c>)
/// and validates them, leaving everything else (<c>--filter</c>, <c>--exporters</c>, ...) for
/// BenchmarkDotNet, which rejects what it does not know.
/// </summary>
public static class RunSettingsParser
{
    public const string Usage = """
        --endpoint local|prod|beta|URL   target (default local: the embedded target on a free port)
        --force-endpoint                 send to beta.compiler-explorer.com anyway
        --pattern steady|burst|ramp|wave|sustained (default steady)
          steady:    --rps R (default 1)
          burst:     --baseline-rps R --burst-rps R --burst-duration D --burst-interval D
          ramp:      --start-rps R --end-rps R (down when end < start)
          wave:      --base-rps R --amplitude-rps R --period D
          sustained: --rps R --warmup D --window D
        --duration D                     run length (default 30s)
        --arrivals uniform|poisson       (default uniform); --seed N (default 1)
        --compiler ID                    override every workload's compiler (default: header, else g151)
        --scenarios a,b (--workloads)    the workloads to run (default all)
        --workloads-dir DIR              where the *.cpp workloads are (default workloads/ of the checkout)
        --max-in-flight N                beyond it requests are dropped, counted (default 1000)
        --timeout D                      per-attempt timeout (default 90s)
        --retries N                      retries for 429/502/503/504/transport errors (default 2)
        --label NAME                     results/<NAME>/ instead of a UTC timestamp
        --results DIR                    the results folder (default results/ of the checkout)
        --user-agent TEXT                (default CE-StressTest/1.0)
        --breaker-error-rate R|off       stop the run when this share of attempts fails (default 0.5)
        --breaker-min-requests N         attempts seen (in 10 s) before the breaker may open (default 20)
        --allow-high-rate                allow more than 40 requests/s at compiler-explorer.com or godbolt.org
        --dry-run                        print the plan and send nothing
        --segment i/n                    run only shard i of n of the schedule (striped by request index)
        --segment-range a:b              ... or the segment a:b of --segment-sequence 0,a,b,...,1
        --start-at UTC-TIME              wait for this shared start (all shards of a run)
        --threshold 'EXPR'               repeatable: p95<8s, errors<1%, boost_heavy:p99<30s, lag_p99<5ms; exit 1 when one fails
        """;

    private static readonly string[] PatternOptions =
    [
        "rps", "baseline-rps", "burst-rps", "burst-duration", "burst-interval", "start-rps", "end-rps",
        "base-rps", "amplitude-rps", "period", "warmup", "window",
    ];

    private static readonly string[] Flags = ["force-endpoint", "allow-high-rate", "dry-run"];

    private static readonly string[] Repeatable = ["threshold"];

    private static readonly string[] Options =
    [
        "endpoint", "force-endpoint", "pattern", "duration", "arrivals", "seed", "compiler", "scenarios", "workloads",
        "workloads-dir", "max-in-flight", "timeout", "retries", "label", "results", "user-agent", "breaker-error-rate", "breaker-min-requests",
        "allow-high-rate", "dry-run", "threshold", "segment", "segment-range", "segment-sequence", "start-at", .. PatternOptions,
    ];

    public static RunSettings Parse(List<string> args)
    {
        var repeated = new List<string>();
        var values = Take(args, repeated);
        string? Get(string name) => values.GetValueOrDefault(name);

        var duration = Get("duration") is { } d ? Durations.Parse(d, "--duration") : TimeSpan.FromSeconds(30);
        var patternName = Get("pattern") ?? "steady";
        var pattern = BuildPattern(patternName, values, duration);
        pattern.Validate(duration);
        var force = values.ContainsKey("force-endpoint");
        var label = Get("label");
        if (label is not null && (label.Length == 0 || label.IndexOfAny([.. Path.GetInvalidFileNameChars(), '/', '\\']) >= 0 || label is "." or ".."))
        {
            throw new BadInputException($"--label '{label}' must be a plain folder name (no slashes)");
        }

        return new RunSettings
        {
            Endpoint = CeEndpoint.Parse(Get("endpoint") ?? "local", force),
            Pattern = pattern,
            Duration = duration,
            Arrivals = (Get("arrivals") ?? "uniform") switch
            {
                "uniform" => ArrivalProcess.Uniform,
                "poisson" => ArrivalProcess.Poisson,
                var other => throw new BadInputException($"--arrivals must be uniform or poisson, not '{other}'"),
            },
            Seed = Get("seed") is { } seed ? Int(seed, "--seed", int.MinValue) : 1,
            Compiler = Get("compiler"),
            Scenarios = (Get("scenarios") ?? Get("workloads"))?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            WorkloadsDir = Get("workloads-dir"),
            MaxInFlight = Get("max-in-flight") is { } m ? Int(m, "--max-in-flight", 1) : 1000,
            Timeout = Get("timeout") is { } t ? Positive(Durations.Parse(t, "--timeout"), "--timeout") : TimeSpan.FromSeconds(90),
            Retries = Get("retries") is { } r ? Int(r, "--retries", 0) : 2,
            Label = label,
            ResultsDir = Get("results"),
            UserAgent = Get("user-agent") ?? Client.CeClientOptions.DefaultUserAgent,
            AllowHighRate = values.ContainsKey("allow-high-rate"),
            DryRun = values.ContainsKey("dry-run"),
            BreakerErrorRate = Get("breaker-error-rate") switch
            {
                null => 0.5,
                "off" => null,
                var rate => Number(rate, "--breaker-error-rate") is var share and > 0 and <= 1
                    ? share
                    : throw new BadInputException($"--breaker-error-rate must be above 0 and at most 1, or off, not '{rate}'"),
            },
            BreakerMinRequests = Get("breaker-min-requests") is { } min ? Int(min, "--breaker-min-requests", 2) : 20,
            Thresholds = repeated.Select(Threshold.Parse).ToArray(),
            Shard = ShardPlan.Parse(Get("segment"), Get("segment-range"), Get("segment-sequence")),
            StartAt = Get("start-at") is { } at
                ? DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var start)
                    ? start
                    : throw new BadInputException($"--start-at '{at}' is not a UTC time such as 2026-12-04T21:30:00Z")
                : null,
        };
    }

    /// <summary>Single-valued options by name; the values of repeatable ones (--threshold) go to <paramref name="repeated"/>.</summary>
    private static Dictionary<string, string> Take(List<string> args, List<string> repeated)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count;)
        {
            var arg = args[i];
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = arg.StartsWith("--", StringComparison.Ordinal) ? (eq > 0 ? arg[2..eq] : arg[2..]) : "";
            if (!Options.Contains(name, StringComparer.Ordinal))
            {
                i++;
                continue;
            }

            string value;
            if (Flags.Contains(name, StringComparer.Ordinal))
            {
                value = "true";
                args.RemoveAt(i);
            }
            else if (eq > 0)
            {
                value = arg[(eq + 1)..];
                args.RemoveAt(i);
            }
            else if (i + 1 < args.Count)
            {
                value = args[i + 1];
                args.RemoveRange(i, 2);
            }
            else
            {
                throw new BadInputException($"--{name} needs a value");
            }

            var key = name == "workloads" ? "scenarios" : name;
            if (Repeatable.Contains(key, StringComparer.Ordinal))
            {
                repeated.Add(value);
            }
            else if (!values.TryAdd(key, value))
            {
                throw new BadInputException($"--{name} is given twice");
            }
        }

        return values;
    }

    private static LoadPattern BuildPattern(string name, Dictionary<string, string> values, TimeSpan duration)
    {
        string[] own = name switch
        {
            "steady" => ["rps"],
            "burst" => ["baseline-rps", "burst-rps", "burst-duration", "burst-interval"],
            "ramp" => ["start-rps", "end-rps"],
            "wave" => ["base-rps", "amplitude-rps", "period"],
            "sustained" => ["rps", "warmup", "window"],
            _ => throw new BadInputException($"--pattern must be steady, burst, ramp, wave or sustained, not '{name}'"),
        };
        var foreign = PatternOptions.Where(o => values.ContainsKey(o) && !own.Contains(o)).ToArray();
        if (foreign.Length > 0)
        {
            throw new BadInputException($"--{foreign[0]} does not apply to --pattern {name}, which takes {string.Join(", ", own.Select(o => "--" + o))}");
        }

        double Rate(string option, double fallback) => values.TryGetValue(option, out var v) ? Number(v, "--" + option) : fallback;
        TimeSpan Span(string option, TimeSpan fallback) => values.TryGetValue(option, out var v) ? Durations.Parse(v, "--" + option) : fallback;
        var tenth = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, duration.Ticks / 10));
        return name switch
        {
            "steady" => new SteadyPattern(Rate("rps", 1)),
            "burst" => new BurstPattern(Rate("baseline-rps", 1), Rate("burst-rps", 5), Span("burst-duration", TimeSpan.FromSeconds(5)), Span("burst-interval", TimeSpan.FromSeconds(30))),
            "ramp" => new RampPattern(Rate("start-rps", 1), Rate("end-rps", 5)),
            "wave" => new WavePattern(Rate("base-rps", 2), Rate("amplitude-rps", 1), Span("period", TimeSpan.FromSeconds(60))),
            _ => new SustainedPattern(Rate("rps", 1), Span("warmup", tenth), Span("window", tenth)),
        };
    }

    private static double Number(string text, string option) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new BadInputException($"{option} must be a number such as 2 or 0.5, not '{text}'");

    private static int Int(string text, string option, int min) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : throw new BadInputException($"{option} must be a whole number of at least {min}, not '{text}'");

    private static TimeSpan Positive(TimeSpan span, string option) =>
        span > TimeSpan.Zero ? span : throw new BadInputException($"{option} must be longer than 0");
}
