using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CeBench.Bench.Engine;
using CeBench.Core.Analysis;

namespace CeBench.Bench.Columns;

/// <summary>A column whose value comes from the case's CeBench summary row.</summary>
public sealed class StatsColumn(string name, string legend, Func<WorkloadStats, string> value, int priority) : IColumn
{
    public string Id => "CeBench." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => priority;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        CaseSummaries.For(benchmarkCase) is { } stats ? value(stats) : "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}
