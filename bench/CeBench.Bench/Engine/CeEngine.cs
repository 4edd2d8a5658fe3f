using BenchmarkDotNet.Characteristics;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using CeBench.Bench.Benchmarks;
using CeBench.Bench.Progress;
using CeBench.Core.Analysis;
using CeBench.Core.Runs;
using Perfolizer.Mathematics.OutlierDetection;

namespace CeBench.Bench.Engine;

/// <summary>
/// Replaces BenchmarkDotNet's closed-loop iterations with one open-model run of the case and
/// hands BenchmarkDotNet one measurement per successful request (its latency), keeping every
/// outlier: the tail is what a load test is about.
/// </summary>
public sealed class CeEngine(EngineParameters parameters, LoadCase loadCase) : IEngine
{
    public IHost Host => parameters.Host;

    public Job TargetJob => parameters.TargetJob;

    public long OperationsPerInvoke => 1;

    public Action? GlobalSetupAction => parameters.GlobalSetupAction;

    public Action? GlobalCleanupAction => parameters.GlobalCleanupAction;

    public Action<long> WorkloadAction => parameters.WorkloadActionNoUnroll;

    public Action<long> OverheadAction => parameters.OverheadActionNoUnroll;

    public IResolver Resolver => EngineParameters.DefaultResolver;

    public void WriteLine() => Host.WriteLine();

    public void WriteLine(string line) => Host.WriteLine(line);

    public Measurement RunIteration(IterationData data) =>
        throw new NotSupportedException("CeEngine runs whole open-model cases, not iterations");

    public RunResults Run()
    {
        var context = RunContext.Current;
        var requests = CaseRunner.Select(context.Requests, loadCase.Workloads);
        var progress = ConsoleProgress.For(context.Interactive);
        // BenchmarkDotNet calls Run on its own thread, not a thread-pool one, so waiting here is safe.
        var result = CaseRunner.RunAsync(loadCase.Name, context.Settings, requests, context.RunClient, context.RunDirectory, progress.Report, context.Stop.Token, context.TakeStartAt())
            .GetAwaiter().GetResult();
        if (result.Driver.AbortReason is { } reason)
        {
            context.Abort($"{loadCase.Name}: {reason}");
        }

        var settings = context.Settings;
        CaseSummaries.Add(loadCase, RunSummarizer.Summarize(loadCase.Name, result.Records, settings.Duration, context.Workloads.ToDictionary(w => w.Name), settings.Warmup));
        if (settings.Window is { } window)
        {
            var windows = StabilityWindows.Compute(loadCase.Name, result.Records, settings.Duration, settings.Warmup, window);
            StabilityWindows.AppendCsv(windows, Path.Combine(context.RunDirectory, StabilityWindows.CsvFileName));
            CaseSummaries.AddWindows(windows);
        }

        var measurements = result.Records.Where(r => r.Expected && r.IntendedMs >= settings.Warmup.TotalMilliseconds)
            .Select((r, i) => new Measurement(1, IterationMode.Workload, IterationStage.Result, i + 1, 1, r.LatencyMs * 1_000_000))
            .ToArray();
        Host.WriteLine($"// {loadCase.Name}: {result.Driver.Scheduled} scheduled, {result.Driver.Sent} sent, {measurements.Length} successful");
        return new RunResults(measurements, OutlierMode.DontRemove, default, default, 0);
    }

    public void Dispose() => GlobalCleanupAction?.Invoke();
}
