using CeBench.Core.Client;
using CeBench.Core.Driver;
using CeBench.Core.Records;
using CeBench.Core.Requests;
using CeBench.Core.Schedules;
using CeBench.Core.Segments;
using CeBench.Core.Workloads;

namespace CeBench.Core.Runs;

/// <summary>
/// Runs one case: builds its schedule from the settings and the case's workloads (weighted by
/// their headers), drives it, reports progress once a second, and returns the case's records as
/// written to requests.csv. BenchmarkDotNet's engine is a thin wrapper around this.
/// </summary>
public static class CaseRunner
{
    public static async Task<CaseResult> RunAsync(
        string caseName,
        RunSettings settings,
        IReadOnlyList<PreparedCompileRequest> requests,
        CeClient client,
        string runDirectory,
        Action<ProgressSnapshot>? progress,
        CancellationToken cancellationToken,
        DateTimeOffset? startAt = null)
    {
        var schedule = Schedule.Build(settings.Pattern, settings.Duration, settings.Arrivals, settings.Seed, requests.Select(r => r.Workload.Weight).ToArray());
        if (settings.Shard is { } shard)
        {
            schedule = SegmentFilter.Apply(schedule, shard.Sequence, shard.Position);
        }

        if (startAt is { } at)
        {
            try
            {
                await StartGate.WaitAsync(at, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopped while waiting: the driver records the whole schedule as cancelled.
            }
        }

        var plan = new DriverPlan(schedule, requests, settings.MaxInFlight);
        DriverResult result;
        await using (var recorder = new RunRecorder(runDirectory, caseName))
        {
            var run = OpenModelDriver.Start(plan, client, recorder, cancellationToken);
            result = await ReportUntilDoneAsync(run, recorder, caseName, settings.Duration, schedule.Count, progress).ConfigureAwait(false);
        }

        var records = RequestCsv.Read(Path.Combine(runDirectory, RequestCsv.FileName)).Where(r => r.Case == caseName).ToArray();
        return new CaseResult(caseName, result, records);
    }

    /// <summary>The prepared requests of the named workloads, in the given order.</summary>
    public static IReadOnlyList<PreparedCompileRequest> Select(IReadOnlyList<PreparedCompileRequest> all, IEnumerable<string> names) =>
        names.Select(n => all.First(r => r.Workload.Name == n)).ToArray();

    private static async Task<DriverResult> ReportUntilDoneAsync(
        DriverRun run, RunRecorder recorder, string caseName, TimeSpan duration, long scheduled, Action<ProgressSnapshot>? progress)
    {
        if (progress is null)
        {
            return await run.Completion.ConfigureAwait(false);
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var lastSent = 0L;
        while (!run.Completion.IsCompleted)
        {
            var tick = timer.WaitForNextTickAsync().AsTask();
            if (await Task.WhenAny(tick, run.Completion).ConfigureAwait(false) != tick)
            {
                break;
            }

            var live = recorder.Live;
            var sent = run.Sent;
            progress(new ProgressSnapshot(
                caseName, run.Elapsed, duration, scheduled, sent, live.Completed, run.InFlight, live.Failed, live.Dropped,
                sent - lastSent, live.RecentP95(run.Elapsed.TotalMilliseconds)));
            lastSent = sent;
        }

        return await run.Completion.ConfigureAwait(false);
    }
}
