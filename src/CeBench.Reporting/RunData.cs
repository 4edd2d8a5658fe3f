using CeBench.Core;
using CeBench.Core.Analysis;
using CeBench.Core.Records;
using CeBench.Core.Runs;
using CeBench.Core.Workloads;

namespace CeBench.Reporting;

/// <summary>
/// One run folder read back for the report: run.json, every request record, the per-second time
/// series, and the summary recomputed from the records exactly as the run computed it.
/// </summary>
public sealed record RunData
{
    public required string Directory { get; init; }

    /// <summary>The run's folder name (its label or UTC timestamp).</summary>
    public string Name => Path.GetFileName(Directory);

    public required RunManifest Manifest { get; init; }

    public required IReadOnlyList<RequestRecord> Records { get; init; }

    public required IReadOnlyList<TimeSeriesRow> TimeSeries { get; init; }

    /// <summary>The summary rows of every case, in the order the cases ran: the cells of summary.csv.</summary>
    public required IReadOnlyList<WorkloadStats> Summary { get; init; }

    /// <summary>Requests intended before it are warm-up (sustained runs): shown, but left out of the statistics.</summary>
    public TimeSpan Warmup { get; init; }

    /// <summary>The cases in the order they ran.</summary>
    public IReadOnlyList<string> Cases => Records.Select(r => r.Case).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The records a case's statistics are computed from: the case's, after the warm-up.</summary>
    public IReadOnlyList<RequestRecord> Judged(string caseName) =>
        Records.Where(r => r.Case == caseName && r.IntendedMs >= Warmup.TotalMilliseconds).ToArray();

    /// <summary>
    /// Reads a run folder. <paramref name="workloads"/> are the workload definitions whose baseline
    /// bands the summary checks; without them the workload folder the run used is read again, if it
    /// is still there.
    /// </summary>
    public static RunData Load(string directory, IReadOnlyDictionary<string, Workload>? workloads = null)
    {
        var run = RunFolder.Load(directory, requireRecords: false);
        var full = run.Directory;
        var manifest = run.Manifest;
        // The command line in run.json is the run's settings: parsed again, it gives the workload folder.
        var settings = RunSettingsParser.Parse([.. manifest.Arguments]);
        var records = run.Records;
        var series = Path.Combine(full, Core.Records.TimeSeries.FileName);
        var definitions = workloads ?? Definitions(settings);
        var duration = TimeSpan.FromSeconds(manifest.DurationSeconds);
        var summary = records.GroupBy(r => r.Case, StringComparer.Ordinal)
            .SelectMany(g => RunSummarizer.Summarize(g.Key, g.ToArray(), duration, definitions, TimeSpan.FromSeconds(manifest.WarmupSeconds)))
            .ToArray();
        return new RunData
        {
            Directory = full,
            Manifest = manifest,
            Records = records,
            TimeSeries = File.Exists(series) ? Core.Records.TimeSeries.ReadCsv(series) : [],
            Summary = summary,
            Warmup = TimeSpan.FromSeconds(manifest.WarmupSeconds),
        };
    }

    private static Dictionary<string, Workload> Definitions(RunSettings settings)
    {
        try
        {
            return WorkloadCatalog.Load(WorkloadFolder.Resolve(settings.WorkloadsDir)).All.ToDictionary(w => w.Name, StringComparer.Ordinal);
        }
        catch (BadInputException)
        {
            // The workload files moved or changed since the run: only the Baseline! column needs them.
            return [];
        }
    }
}
