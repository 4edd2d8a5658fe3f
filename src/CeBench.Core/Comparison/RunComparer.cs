using CeBench.Core.Analysis;
using CeBench.Core.Records;

namespace CeBench.Core.Comparison;

/// <summary>
/// Compares two runs row by row: every workload of every case both runs have, and for a case
/// with several workloads (Mixed) the whole case too, as the run's summary breaks it down.
/// </summary>
public static class RunComparer
{
    public static RunComparison Compare(ComparedRun before, ComparedRun after, ComparisonSettings settings)
    {
        var beforeRows = Breakdown(before.Records);
        var afterRows = Breakdown(after.Records);
        var rows = beforeRows.Keys.Intersect(afterRows.Keys)
            .OrderBy(k => k.Case, StringComparer.Ordinal)
            .ThenBy(k => k.Workload == RunSummarizer.AllWorkloads)
            .ThenBy(k => k.Workload, StringComparer.Ordinal)
            .Select(k => Row(k.Case, k.Workload, beforeRows[k], afterRows[k], settings))
            .ToArray();
        if (rows.Length == 0)
        {
            throw new BadInputException(
                $"{before.Name} and {after.Name} have no case and workload in common: compare two runs of the same cases (same --filter and --scenarios)");
        }

        return new RunComparison { Before = before, After = after, Settings = settings, Rows = rows, Warnings = ComparisonWarnings.For(before, after) };
    }

    private static WorkloadComparison Row(string caseName, string workload, IReadOnlyList<RequestRecord> before, IReadOnlyList<RequestRecord> after, ComparisonSettings settings)
    {
        var b = SideSummary.Of(before);
        var a = SideSummary.Of(after);
        return new WorkloadComparison
        {
            Case = caseName,
            Workload = workload,
            Before = b,
            After = a,
            Latency = LatencyComparer.Compare(b.Latencies, a.Latencies, settings),
            Errors = ErrorRateComparison.Of(b, a, settings),
        };
    }

    /// <summary>The records of each (case, workload), plus (case, *) for a case of several workloads.</summary>
    private static Dictionary<(string Case, string Workload), IReadOnlyList<RequestRecord>> Breakdown(IReadOnlyList<RequestRecord> records)
    {
        var rows = new Dictionary<(string Case, string Workload), IReadOnlyList<RequestRecord>>();
        foreach (var byCase in records.GroupBy(r => r.Case, StringComparer.Ordinal))
        {
            var byWorkload = byCase.GroupBy(r => r.Workload, StringComparer.Ordinal).ToArray();
            foreach (var group in byWorkload)
            {
                rows[(byCase.Key, group.Key)] = group.ToArray();
            }

            if (byWorkload.Length > 1)
            {
                rows[(byCase.Key, RunSummarizer.AllWorkloads)] = byCase.ToArray();
            }
        }

        return rows;
    }
}
