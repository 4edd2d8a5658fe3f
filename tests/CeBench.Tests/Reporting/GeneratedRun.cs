using CeBench.Core.Client;
using CeBench.Core.Records;
using CeBench.Core.Runs;
using CeBench.Core.Workloads;

namespace CeBench.Tests.Reporting;

/// <summary>
/// A run folder written the way a run writes it (requests.csv and timeseries.csv through
/// <see cref="RunRecorder"/>, run.json through <see cref="RunManifest"/>) from seeded records.
/// </summary>
public static class GeneratedRun
{
    public const double DurationSeconds = 10;

    public static readonly Dictionary<string, Workload> Workloads = new(StringComparer.Ordinal)
    {
        ["short"] = new Workload { Name = "short", FilePath = "short.cpp", Source = "", BaselineMinMs = 0, BaselineMaxMs = 60 },
        ["long"] = new Workload { Name = "long", FilePath = "long.cpp", Source = "" },
        ["broken"] = new Workload { Name = "broken", FilePath = "broken.cpp", Source = "", Expect = WorkloadExpectation.CompileError },
    };

    /// <summary>The cases and workloads of every generated run.</summary>
    public static readonly (string Case, string[] Workloads)[] Cases =
    [
        ("Isolated(short)", ["short"]),
        ("Mixed", ["short", "long", "broken"]),
    ];

    /// <summary>
    /// Writes a run of 10 requests per second per case into <paramref name="directory"/>; latencies
    /// are log-normal times <paramref name="scale"/>; some requests fail, one in 40 is dropped.
    /// </summary>
    public static async Task<IReadOnlyList<RequestRecord>> WriteAsync(string directory, int seed, double scale = 1, string[]? arguments = null)
    {
        var random = new Random(seed);
        var all = new List<RequestRecord>();
        foreach (var (caseName, workloads) in Cases)
        {
            await using var recorder = new RunRecorder(directory, caseName);
            for (var i = 0; i < DurationSeconds * 10; i++)
            {
                var record = Record(random, i, workloads[i % workloads.Length], scale);
                recorder.TimeSeries.Scheduled(record.IntendedMs);
                recorder.Add(record);
                all.Add(record with { Case = caseName });
            }
        }

        arguments ??= ["--rps", "10", "--duration", "10s"];
        new RunManifest
        {
            Label = Path.GetFileName(directory),
            Endpoint = "local",
            TargetUrl = "http://127.0.0.1:12345/",
            Local = new Dictionary<string, string> { ["policy"] = "fifo", ["backend"] = "model", ["faults"] = "" },
            Pattern = "steady",
            PatternParameters = "steady 10 rps",
            DurationSeconds = DurationSeconds,
            WarmupSeconds = RunSettingsParser.Parse([.. arguments]).Warmup.TotalSeconds,
            Arrivals = "uniform",
            Seed = seed,
            Workloads = [.. Workloads.Keys],
            MaxInFlight = 1000,
            TimeoutSeconds = 90,
            Retries = 2,
            UserAgent = "CE-StressTest/1.0",
            Arguments = arguments,
            Versions = new Dictionary<string, string> { ["cebench"] = "test" },
            StartedUtc = new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero),
            EndedUtc = new DateTimeOffset(2026, 12, 4, 12, 0, 30, TimeSpan.Zero),
            Complete = true,
            Scheduled = all.Count,
        }.Write(directory);
        return all;
    }

    private static RequestRecord Record(Random random, int i, string workload, double scale)
    {
        var intended = i * 100.0;
        if (i % 40 == 39)
        {
            return new RequestRecord { Index = i, Workload = workload, IntendedMs = intended, DoneMs = intended, LatencyMs = 0, Outcome = Outcome.Dropped, Expected = false };
        }

        var compile = (workload == "long" ? 900 : 40) * scale * Math.Exp(0.3 * Normal(random));
        var queue = random.NextDouble() * 50 * scale;
        var lag = random.NextDouble();
        var overhead = 2 + random.NextDouble();
        var service = compile + queue + overhead;
        var failed = i % 25 == 7;
        var outcome = failed ? Outcome.HttpError : workload == "broken" ? Outcome.CompileError : Outcome.Ok;
        return new RequestRecord
        {
            Index = i,
            Workload = workload,
            IntendedMs = intended,
            SentMs = intended + lag,
            DoneMs = intended + lag + service,
            LatencyMs = lag + service,
            ServiceMs = service,
            LagMs = lag,
            CompileMs = failed ? null : compile,
            QueueMs = failed ? null : queue,
            OverheadMs = failed ? null : overhead,
            Outcome = outcome,
            Expected = !failed,
            Attempts = 1,
            HttpStatus = failed ? 503 : 200,
        };
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
