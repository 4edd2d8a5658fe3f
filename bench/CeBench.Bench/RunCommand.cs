using System.Globalization;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using CeBench.Bench.Benchmarks;
using CeBench.Bench.Columns;
using CeBench.Bench.Engine;
using CeBench.Bench.Validators;
using CeBench.Core.Analysis;
using CeBench.Core.Client;
using CeBench.Core.Discovery;
using CeBench.Core.Records;
using CeBench.Core.Requests;
using CeBench.Core.Runs;
using CeBench.Core.Workloads;
using CeBench.LocalCe.Hosting;
using Perfolizer.Mathematics.OutlierDetection;

namespace CeBench.Bench;

/// <summary>
/// The main job: parse and validate CeBench's options, start the local target when asked, check
/// the target knows every compiler and library, then let BenchmarkDotNet run the cases with
/// CeBench's engine, and write the run's files.
/// </summary>
public static class RunCommand
{
    private static readonly Type[] BenchmarkTypes = [typeof(CompileLoad), typeof(MixedLoad)];

    public static async Task<int> RunAsync(string[] args)
    {
        var rest = new List<string>(args);
        var settings = RunSettingsParser.Parse(rest);
        var localOptions = LocalCeCommandLine.Parse(rest, new LocalCeOptions(), "--local-");
        var catalog = WorkloadCatalog.Load(WorkloadFolder.Resolve(settings.WorkloadsDir));
        var workloads = settings.Scenarios.Count == 0 ? catalog.All : catalog.Select(settings.Scenarios);
        var runOptions = new CompileRunOptions { Compiler = settings.Compiler };
        var requests = workloads.Select(w => CompileRequestBuilder.Prepare(w, runOptions)).ToArray();
        if (rest.Contains("--list"))
        {
            // Listing needs no target and writes no results.
            RunContext.Set(new RunContext(settings, workloads, requests, null, Path.GetTempPath(), false));
            BenchmarkSwitcher.FromTypes(BenchmarkTypes).Run([.. rest], Config(settings, Path.GetTempPath(), rest));
            return ExitCodes.Ok;
        }

        await using var local = settings.Endpoint.BaseUri is null ? await LocalCeHost.StartAsync(localOptions) : null;
        var endpoint = local is null ? settings.Endpoint : settings.Endpoint.WithBaseUri(local.BaseUri);
        using var client = new CeClient(endpoint, new CeClientOptions
        {
            UserAgent = settings.UserAgent,
            AttemptTimeout = settings.Timeout,
            MaxRetries = settings.Retries,
            MaxConnectionsPerServer = Math.Min(settings.MaxInFlight, 1024),
        });

        // Discovery also warms the connection pool; none of it is measured.
        var target = await CeDiscovery.DiscoverAsync(client, workloads.Select(w => w.Lang), CancellationToken.None);
        TargetValidator.Validate(requests, target);

        var runDirectory = ResultsFolder.CreateRunDirectory(ResultsFolder.Resolve(settings.ResultsDir, catalog.Directory), settings.Label, DateTimeOffset.UtcNow);
        var context = new RunContext(settings, workloads, requests, client, runDirectory, !Console.IsOutputRedirected);
        var manifest = Manifest(settings, args, endpoint.ToString(), local, workloads, runDirectory);
        manifest.Write(runDirectory);
        Console.WriteLine($"CeBench: {settings.Pattern.Name} for {settings.Duration.TotalSeconds:0.###} s per case against {endpoint}{(local is null ? "" : $" (local, policy {localOptions.Policy}, backend {localOptions.Backend})")}; results in {runDirectory}");

        RunContext.Set(context);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, s =>
        {
            s.Cancel = true;
            context.Stop.Cancel();
        });
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            context.Stop.Cancel();
        };

        var summaries = BenchmarkSwitcher.FromTypes(BenchmarkTypes)
            .Run(BenchmarkArguments(rest), Config(settings, runDirectory, rest))
            .ToArray();
        RunContext.Set(null);

        if (summaries.Any(s => s.HasCriticalValidationErrors))
        {
            Console.Error.WriteLine("cebench: BenchmarkDotNet refused the run (see the validation errors above); nothing was sent");
            return ExitCodes.BadInput;
        }

        var rows = CaseSummaries.All;
        SummaryTable.WriteCsv(rows, Path.Combine(runDirectory, SummaryTable.CsvFileName));
        var markdown = SummaryTable.ToMarkdown(rows);
        await File.WriteAllTextAsync(Path.Combine(runDirectory, SummaryTable.MarkdownFileName), markdown);
        Console.WriteLine();
        Console.WriteLine("Per workload (latencies are Harrell-Davis quantiles of successful requests):");
        Console.WriteLine(markdown);
        if (CaseSummaries.Windows is { Count: > 0 } windows)
        {
            Console.WriteLine($"Stability after the {settings.Warmup.TotalSeconds:0.###} s warm-up, per {settings.Window!.Value.TotalSeconds:0.###} s window ({StabilityWindows.CsvFileName}):");
            Console.WriteLine(StabilityWindows.ToMarkdown(windows));
        }

        var interrupted = context.Stop.IsCancellationRequested;
        Finish(manifest, runDirectory, interrupted);
        Console.WriteLine($"Results: {runDirectory}");
        return interrupted ? ExitCodes.Aborted : ExitCodes.Ok;
    }

    /// <summary>Without a filter BenchmarkDotNet would ask interactively which benchmarks to run: run them all.</summary>
    private static string[] BenchmarkArguments(List<string> rest) =>
        rest.Any(a => a is "--filter" or "-f" or "--list" or "--allCategories" or "--anyCategories" || a.StartsWith("--filter=", StringComparison.Ordinal))
            ? [.. rest]
            : [.. rest, "--filter", "*"];

    private static ManualConfig Config(RunSettings settings, string runDirectory, List<string> rest)
    {
        var timeout = settings.Duration + (settings.Timeout * (settings.Retries + 1)) + TimeSpan.FromMinutes(2);
        var job = new Job("CeLoad")
            .WithEngineFactory(new CeEngineFactory())
            .WithToolchain(new InProcessNoEmitToolchain(timeout, logOutput: true))
            .WithOutlierMode(OutlierMode.DontRemove);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Descriptor, DefaultColumnProviders.Params, DefaultColumnProviders.Statistics, new CeColumnProvider())
            .AddExporter(MarkdownExporter.GitHub, CsvExporter.Default)
            .AddValidator(new CeJobValidator())
            .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableOptimizationsValidator);
        return rest.Contains("--artifacts") ? config : config.WithArtifactsPath(runDirectory);
    }

    private static RunManifest Manifest(RunSettings settings, string[] args, string target, LocalCeHost? local, IReadOnlyList<Workload> workloads, string runDirectory) => new()
    {
        Label = Path.GetFileName(runDirectory),
        Endpoint = settings.Endpoint.Kind.ToString().ToLowerInvariant(),
        TargetUrl = target,
        Local = local is null ? null : new Dictionary<string, string>
        {
            ["policy"] = local.Services.Options.Policy,
            ["backend"] = local.Services.Options.Backend,
            ["workers"] = local.Services.Options.Workers.ToString(CultureInfo.InvariantCulture),
            ["timeScale"] = local.Services.Options.TimeScale.ToString(CultureInfo.InvariantCulture),
            ["costScale"] = local.Services.Options.CostScale.ToString(CultureInfo.InvariantCulture),
            ["seed"] = local.Services.Options.Seed.ToString(CultureInfo.InvariantCulture),
            ["faults"] = string.Join(' ', local.Services.Options.Faults.Select(f => $"{f.Name}:{f.Rate.ToString(CultureInfo.InvariantCulture)}")),
        },
        Pattern = settings.Pattern.Name,
        PatternParameters = settings.Pattern.ToString(),
        DurationSeconds = settings.Duration.TotalSeconds,
        WarmupSeconds = settings.Warmup.TotalSeconds,
        Arrivals = settings.Arrivals.ToString().ToLowerInvariant(),
        Seed = settings.Seed,
        Compiler = settings.Compiler,
        Workloads = workloads.Select(w => w.Name).ToArray(),
        MaxInFlight = settings.MaxInFlight,
        TimeoutSeconds = settings.Timeout.TotalSeconds,
        Retries = settings.Retries,
        UserAgent = settings.UserAgent,
        Arguments = args,
        Versions = new Dictionary<string, string>
        {
            ["cebench"] = typeof(RunCommand).Assembly.GetName().Version?.ToString() ?? "",
            ["dotnet"] = RuntimeInformation.FrameworkDescription,
            ["benchmarkdotnet"] = typeof(BenchmarkSwitcher).Assembly.GetName().Version?.ToString() ?? "",
            ["os"] = RuntimeInformation.OSDescription,
        },
        StartedUtc = DateTimeOffset.UtcNow,
    };

    private static void Finish(RunManifest manifest, string runDirectory, bool interrupted)
    {
        var path = Path.Combine(runDirectory, RequestCsv.FileName);
        var records = File.Exists(path) ? RequestCsv.Read(path) : [];
        (manifest with
        {
            EndedUtc = DateTimeOffset.UtcNow,
            Complete = !interrupted,
            Note = interrupted ? "interrupted: requests not finished were recorded as cancelled" : null,
            Scheduled = records.Count,
            Outcomes = records.GroupBy(r => r.Outcome.ToWireName()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count()),
            Cases = records.Select(r => r.Case).Distinct().ToArray(),
        }).Write(runDirectory);
    }
}
