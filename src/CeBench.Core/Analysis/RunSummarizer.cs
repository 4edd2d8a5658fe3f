using CeBench.Core.Client;
using CeBench.Core.Records;
using CeBench.Core.Workloads;

namespace CeBench.Core.Analysis;

/// <summary>Turns a case's records into its summary rows: one per workload, plus one for all of them.</summary>
public static class RunSummarizer
{
    public const string AllWorkloads = "*";

    /// <summary>
    /// Requests intended before <paramref name="warmup"/> are left out (counted in
    /// <see cref="WorkloadStats.Warmup"/>): a sustained run is judged on its steady part.
    /// </summary>
    public static IReadOnlyList<WorkloadStats> Summarize(
        string caseName, IReadOnlyList<RequestRecord> records, TimeSpan duration, IReadOnlyDictionary<string, Workload> workloads, TimeSpan warmup = default)
    {
        var all = records;
        records = records.Where(r => r.IntendedMs >= warmup.TotalMilliseconds).ToArray();
        duration -= warmup;
        var rows = records.GroupBy(r => r.Workload, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Stats(caseName, g.Key, g.ToArray(), duration, workloads.GetValueOrDefault(g.Key)))
            .ToList();
        if (rows.Count != 1)
        {
            rows.Add(Stats(caseName, AllWorkloads, records, duration, null));
        }

        var skipped = all.Where(r => r.IntendedMs < warmup.TotalMilliseconds).CountBy(r => r.Workload).ToDictionary();
        return rows.Select(r => r with { Warmup = r.Workload == AllWorkloads ? skipped.Values.Sum() : skipped.GetValueOrDefault(r.Workload) }).ToArray();
    }

    private static WorkloadStats Stats(string caseName, string workload, IReadOnlyList<RequestRecord> records, TimeSpan duration, Workload? definition)
    {
        var successes = records.Where(r => r.Expected).ToArray();
        var latencies = successes.Select(r => r.LatencyMs).ToArray();
        var sent = records.Count(r => r.SentMs is not null);
        var seconds = Math.Max(duration.TotalSeconds, 1e-9);
        return new WorkloadStats
        {
            Case = caseName,
            Workload = workload,
            Scheduled = records.Count,
            Sent = sent,
            Successful = successes.Length,
            Errors = records.Count(r => r.SentMs is not null && !r.Expected),
            Dropped = records.Count(r => r.Outcome == Outcome.Dropped),
            Cancelled = records.Count(r => r.Outcome == Outcome.Cancelled),
            Outcomes = records.GroupBy(r => r.Outcome.ToWireName()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count()),
            P50 = Quantiles.HarrellDavis(latencies, 0.50),
            P95 = Quantiles.HarrellDavis(latencies, 0.95),
            P99 = Quantiles.HarrellDavis(latencies, 0.99),
            Mean = latencies.Length == 0 ? null : latencies.Average(),
            TargetRps = records.Count / seconds,
            AchievedRps = sent / seconds,
            LagP99 = Quantiles.HarrellDavis(records.Where(r => r.LagMs is not null).Select(r => r.LagMs!.Value).ToArray(), 0.99),
            QueueP50 = Quantiles.HarrellDavis(successes.Where(r => r.QueueMs is not null).Select(r => r.QueueMs!.Value).ToArray(), 0.50),
            CompileP50 = Quantiles.HarrellDavis(successes.Where(r => r.CompileMs is not null).Select(r => r.CompileMs!.Value).ToArray(), 0.50),
            SlowdownP95 = SlowdownP95(successes),
            BaselineViolations = definition is { BaselineMinMs: { } min, BaselineMaxMs: { } max }
                ? latencies.Count(l => l < min || l > max)
                : null,
        };
    }

    /// <summary>Each request's latency over its own workload's median compile time, so a mix is comparable.</summary>
    private static double? SlowdownP95(IReadOnlyList<RequestRecord> successes)
    {
        var medians = successes.Where(r => r.CompileMs is > 0).GroupBy(r => r.Workload, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Quantiles.HarrellDavis(g.Select(r => r.CompileMs!.Value).ToArray(), 0.5)!.Value, StringComparer.Ordinal);
        var slowdowns = successes.Where(r => medians.TryGetValue(r.Workload, out var m) && m > 0)
            .Select(r => r.LatencyMs / medians[r.Workload]).ToArray();
        return Quantiles.HarrellDavis(slowdowns, 0.95);
    }
}
