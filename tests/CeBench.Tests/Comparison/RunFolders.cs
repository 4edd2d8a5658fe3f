using CeBench.Core.Client;
using CeBench.Core.Records;
using CeBench.Core.Runs;

namespace CeBench.Tests.Comparison;

/// <summary>Results folders as a run leaves them (run.json and requests.csv), made from given latencies.</summary>
public static class RunFolders
{
    public static RunManifest Manifest(string label) => new()
    {
        Label = label,
        Endpoint = "local",
        TargetUrl = "http://127.0.0.1:40000/",
        Local = new Dictionary<string, string> { ["policy"] = "fifo", ["backend"] = "model", ["costScale"] = "1", ["seed"] = "1" },
        Pattern = "steady",
        PatternParameters = "SteadyPattern { Rps = 10 }",
        DurationSeconds = 30,
        Arrivals = "uniform",
        Seed = 1,
        Workloads = ["minimal", "simple"],
        MaxInFlight = 1000,
        TimeoutSeconds = 90,
        Retries = 2,
        UserAgent = "CE-StressTest/1.0",
        Arguments = [],
        Versions = new Dictionary<string, string>(),
        StartedUtc = DateTimeOffset.UnixEpoch,
        Complete = true,
    };

    /// <summary>A successful request of <paramref name="workload"/> that took <paramref name="latency"/> ms.</summary>
    public static RequestRecord Ok(string caseName, string workload, long index, double latency, double lag = 0.2) => new()
    {
        Case = caseName, Index = index, Workload = workload, IntendedMs = index * 100, SentMs = (index * 100) + lag,
        DoneMs = (index * 100) + latency, LatencyMs = latency, LagMs = lag, Outcome = Outcome.Ok, Expected = true, Attempts = 1, HttpStatus = 200,
    };

    public static RequestRecord Failed(string caseName, string workload, long index) => new()
    {
        Case = caseName, Index = index, Workload = workload, IntendedMs = index * 100, SentMs = (index * 100) + 0.2,
        DoneMs = (index * 100) + 60_000, LatencyMs = 60_000, LagMs = 0.2, Outcome = Outcome.ServerTimeout, Expected = false, Attempts = 3, HttpStatus = 408,
    };

    /// <summary>A Mixed case of minimal and simple with these latencies (alternating), and optionally failures.</summary>
    public static IEnumerable<RequestRecord> Mixed(double[] minimal, double[] simple, int failedSimple = 0) =>
        minimal.Select((l, i) => Ok("Mixed", "minimal", 2 * i, l))
            .Concat(simple.Select((l, i) => Ok("Mixed", "simple", (2 * i) + 1, l)))
            .Concat(Enumerable.Range(0, failedSimple).Select(i => Failed("Mixed", "simple", 100_000 + i)));

    public static string Write(string root, string name, IEnumerable<RequestRecord> records, RunManifest? manifest = null)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        (manifest ?? Manifest(name)).Write(folder);
        using (var writer = new StreamWriter(Path.Combine(folder, RequestCsv.FileName)))
        using (var csv = new CsvHelper.CsvWriter(writer, System.Globalization.CultureInfo.InvariantCulture))
        {
            csv.Context.RegisterClassMap<RequestRecordMap>();
            csv.WriteRecords(records);
        }

        return folder;
    }
}
