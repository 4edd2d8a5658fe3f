using System.Globalization;
using CeBench.Core.Analysis;
using CeBench.Core.Client;
using CeBench.Core.Driver;
using CeBench.Core.Endpoints;
using CeBench.Core.Records;
using CeBench.Core.Requests;
using CeBench.Core.Schedules;
using CeBench.Core.Units;
using CeBench.Core.Workloads;
using CeBench.LocalCe.Hosting;

namespace CeBench.Bench;

/// <summary>
/// <c>dispatch-bench</c>: how precisely the generator keeps its schedule. Steady runs against the
/// local target with (almost) zero service time, so send lag and achieved rate measure CeBench
/// itself, not the target. Figures go in the README.
/// </summary>
public static class DispatchBenchCommand
{
    public static async Task<int> RunAsync(List<string> args, TextWriter output)
    {
        var rates = Take(args, "--rates")?.Split(',').Select(r => double.Parse(r, CultureInfo.InvariantCulture)).ToArray() ?? [100, 500];
        var duration = Take(args, "--duration") is { } d ? Durations.Parse(d, "--duration") : TimeSpan.FromSeconds(10);
        var workload = WorkloadCatalog.Load(WorkloadFolder.Resolve(null))["baseline_test"];
        var request = CompileRequestBuilder.Prepare(workload, new CompileRunOptions());
        await using var host = await LocalCeHost.StartAsync(new LocalCeOptions { Workers = 8, CostScale = 1e-9, NoiseSigma = 0 });
        using var client = new CeClient(CeEndpoint.Parse("local").WithBaseUri(host.BaseUri), new CeClientOptions { MaxRetries = 0 });
        var folder = Directory.CreateTempSubdirectory("cebench-dispatch-").FullName;
        try
        {
            // A discarded warm-up: JIT, connections and thread pool, as a benchmark's warm-up iterations.
            await using (var warmup = new RunRecorder(Path.Combine(folder, "warmup"), "warmup"))
            {
                await OpenModelDriver.Start(new DriverPlan(Schedule.Build(new SteadyPattern(200), TimeSpan.FromSeconds(2), ArrivalProcess.Uniform, 1, [1]), [request], 10_000), client, warmup, CancellationToken.None).Completion;
            }

            output.WriteLine($"| target rps | duration | sent | achieved rps | lag p50 ms | lag p99 ms | lag max ms | latency p99 ms |");
            output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var rate in rates)
            {
                var schedule = Schedule.Build(new SteadyPattern(rate), duration, ArrivalProcess.Uniform, 1, [1]);
                var caseName = rate.ToString(CultureInfo.InvariantCulture);
                DriverResult result;
                await using (var recorder = new RunRecorder(folder, caseName))
                {
                    result = await OpenModelDriver.Start(new DriverPlan(schedule, [request], 10_000), client, recorder, CancellationToken.None).Completion;
                }

                var records = RequestCsv.Read(Path.Combine(folder, RequestCsv.FileName)).Where(r => r.Case == caseName).ToArray();
                var lags = records.Where(r => r.LagMs is not null).Select(r => r.LagMs!.Value).ToArray();
                var latencies = records.Where(r => r.Expected).Select(r => r.LatencyMs).ToArray();
                var lastSent = records.Where(r => r.SentMs is not null).Max(r => r.SentMs!.Value);
                var firstSent = records.Where(r => r.SentMs is not null).Min(r => r.SentMs!.Value);
                var achieved = (result.Sent - 1) / ((lastSent - firstSent) / 1000);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {rate} | {duration.TotalSeconds:0}s | {result.Sent} | {achieved:0.0} | {Quantiles.HarrellDavis(lags, 0.5):0.000} | {Quantiles.HarrellDavis(lags, 0.99):0.000} | {lags.Max():0.000} | {Quantiles.HarrellDavis(latencies, 0.99):0.00} |"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return ExitCodes.Ok;
    }

    private static string? Take(List<string> args, string name)
    {
        var i = args.IndexOf(name);
        if (i < 0 || i + 1 >= args.Count)
        {
            return null;
        }

        var value = args[i + 1];
        args.RemoveRange(i, 2);
        return value;
    }
}
