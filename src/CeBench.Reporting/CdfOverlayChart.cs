using ScottPlot;

namespace CeBench.Reporting;

/// <summary>One workload's latency CDF before and after on one log axis.</summary>
internal static class CdfOverlayChart
{
    public static Chart Build(WorkloadComparison row, string beforeName, string afterName)
    {
        var subject = Subject(row);
        var title = $"CDF before vs after: {subject}";
        using var plot = ChartCanvas.Create(title, "latency (log scale)", "fraction of successful requests");
        LatencyCdfChart.Step(plot, row.BeforeLatencies.ToArray(), $"before ({beforeName})", ChartCanvas.Before);
        LatencyCdfChart.Step(plot, row.AfterLatencies.ToArray(), $"after ({afterName})", ChartCanvas.After);
        LatencyCdfChart.Finish(plot, row.BeforeLatencies.Concat(row.AfterLatencies).ToArray());
        return ChartCanvas.Render(plot, ChartKinds.CdfOverlay, subject, title,
            "The latency distributions of this workload in the two runs. Where the after curve lies right of the before curve, requests got slower at that fraction.");
    }

    /// <summary>The comparison charts' subject: the workload within its case.</summary>
    public static string Subject(WorkloadComparison row) => $"{row.Case} / {row.Workload}";
}
