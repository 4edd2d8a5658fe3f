using BenchmarkDotNet.Running;
using CeBench.Bench.Benchmarks;
using CeBench.Core.Analysis;

namespace CeBench.Bench.Engine;

/// <summary>The summary rows of every case run so far, for the columns and the per-workload table.</summary>
public static class CaseSummaries
{
    private static readonly Dictionary<string, IReadOnlyList<WorkloadStats>> ByCase = new(StringComparer.Ordinal);
    private static readonly List<WindowStats> WindowRows = [];
    private static readonly Lock Gate = new();

    public static void Add(LoadCase loadCase, IReadOnlyList<WorkloadStats> rows)
    {
        lock (Gate)
        {
            ByCase[loadCase.Name] = rows;
        }
    }

    public static void AddWindows(IReadOnlyList<WindowStats> rows)
    {
        lock (Gate)
        {
            WindowRows.AddRange(rows);
        }
    }

    /// <summary>The stability windows of sustained cases, in the order they ran.</summary>
    public static IReadOnlyList<WindowStats> Windows
    {
        get
        {
            lock (Gate)
            {
                return WindowRows.ToArray();
            }
        }
    }

    public static IReadOnlyList<WorkloadStats> All
    {
        get
        {
            lock (Gate)
            {
                return ByCase.Values.SelectMany(r => r).ToArray();
            }
        }
    }

    /// <summary>The row a benchmark case's columns show: the workload of an Isolated case, the whole of a Mixed one.</summary>
    public static WorkloadStats? For(BenchmarkCase benchmarkCase)
    {
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        var workload = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(CompileLoad.Workload))?.Value as string;
        var caseName = method == nameof(CompileLoad.Isolated) ? $"Isolated({workload})" : method;
        lock (Gate)
        {
            return ByCase.TryGetValue(caseName, out var rows)
                ? rows.FirstOrDefault(r => r.Workload == (workload ?? RunSummarizer.AllWorkloads)) ?? rows[^1]
                : null;
        }
    }
}
