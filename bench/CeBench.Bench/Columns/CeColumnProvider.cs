using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using CeBench.Core.Analysis;

namespace CeBench.Bench.Columns;

/// <summary>CeBench's columns next to BenchmarkDotNet's own. Latencies are Harrell-Davis quantiles in ms.</summary>
public sealed class CeColumnProvider : IColumnProvider
{
    public IEnumerable<IColumn> GetColumns(Summary summary) =>
    [
        new StatsColumn("N", "Scheduled requests", s => Int(s.Scheduled), 0),
        new StatsColumn("P50", "Median latency of successful requests (ms, Harrell-Davis)", s => Ms(s.P50), 1),
        new StatsColumn("P95", "95th percentile latency (ms, Harrell-Davis)", s => Ms(s.P95), 2),
        new StatsColumn("P99", "99th percentile latency (ms, Harrell-Davis)", s => Ms(s.P99), 3),
        new StatsColumn("Err%", "Sent requests that did not end as the workload expects", s => s.ErrorPercent.ToString("0.0", CultureInfo.InvariantCulture), 4),
        new StatsColumn("Outcomes", "Count of each outcome", s => string.Join(' ', s.Outcomes.Select(o => $"{o.Key}:{o.Value}")), 5),
        new StatsColumn("Dropped", "Not sent: the in-flight cap was reached", s => Int(s.Dropped), 6),
        new StatsColumn("RPS", "Achieved / target requests per second", s => $"{s.AchievedRps.ToString("0.##", CultureInfo.InvariantCulture)}/{s.TargetRps.ToString("0.##", CultureInfo.InvariantCulture)}", 7),
        new StatsColumn("Lag P99", "99th percentile of send lag (ms): the generator's own delay", s => Ms(s.LagP99), 8),
        new StatsColumn("Queue P50", "Median queueTime reported by the server (ms)", s => Ms(s.QueueP50), 9),
        new StatsColumn("Compile P50", "Median execTime reported by the server (ms)", s => Ms(s.CompileP50), 10),
        new StatsColumn("Slowdown P95", "95th percentile of latency / the workload's median compile time", s => s.SlowdownP95 is { } x ? x.ToString("0.0", CultureInfo.InvariantCulture) : "-", 11),
        new StatsColumn("Baseline!", "Successful requests outside the workload's baseline band", s => s.BaselineViolations is { } v ? Int(v) : "-", 12),
    ];

    private static string Ms(double? value) => value is { } v ? v.ToString(v < 10 ? "0.00" : "0", CultureInfo.InvariantCulture) : "-";

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
