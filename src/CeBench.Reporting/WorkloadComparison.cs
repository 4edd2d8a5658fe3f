using CeBench.Core.Analysis;

namespace CeBench.Reporting;

/// <summary>
/// One row of a report's comparison table: a workload within a case present in both runs, with
/// the sample sizes and Harrell-Davis quantiles of its successful latencies (ms) before and after.
/// </summary>
public sealed record WorkloadComparison
{
    public required string Case { get; init; }

    public required string Workload { get; init; }

    /// <summary>Successful latencies of the before run (after its warm-up).</summary>
    public required IReadOnlyList<double> BeforeLatencies { get; init; }

    public required IReadOnlyList<double> AfterLatencies { get; init; }

    public int BeforeN => BeforeLatencies.Count;

    public int AfterN => AfterLatencies.Count;

    public double? BeforeP50 => Quantiles.HarrellDavis(BeforeLatencies, 0.50);

    public double? BeforeP95 => Quantiles.HarrellDavis(BeforeLatencies, 0.95);

    public double? BeforeP99 => Quantiles.HarrellDavis(BeforeLatencies, 0.99);

    public double? AfterP50 => Quantiles.HarrellDavis(AfterLatencies, 0.50);

    public double? AfterP95 => Quantiles.HarrellDavis(AfterLatencies, 0.95);

    public double? AfterP99 => Quantiles.HarrellDavis(AfterLatencies, 0.99);

    /// <summary>After P50 over before P50: above 1 is slower.</summary>
    public double? P50Ratio => (BeforeP50, AfterP50) is ({ } b and > 0, { } a) ? a / b : null;

    /// <summary>Every workload of every case that both runs have, in the after run's case order.</summary>
    public static IReadOnlyList<WorkloadComparison> Compute(RunData before, RunData after)
    {
        var rows = new List<WorkloadComparison>();
        foreach (var caseName in after.Cases.Intersect(before.Cases, StringComparer.Ordinal))
        {
            var b = Latencies(before, caseName);
            var a = Latencies(after, caseName);
            rows.AddRange(a.Keys.Intersect(b.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(w => new WorkloadComparison
            {
                Case = caseName,
                Workload = w,
                BeforeLatencies = b[w],
                AfterLatencies = a[w],
            }));
        }

        return rows;
    }

    /// <summary>Per workload of the case (every workload it scheduled), the latencies of its successful requests.</summary>
    private static Dictionary<string, IReadOnlyList<double>> Latencies(RunData run, string caseName) =>
        run.Judged(caseName).GroupBy(r => r.Workload, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<double>)g.Where(r => r.Expected).Select(r => r.LatencyMs).ToArray(), StringComparer.Ordinal);
}
