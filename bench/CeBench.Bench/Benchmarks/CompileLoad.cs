using BenchmarkDotNet.Attributes;

namespace CeBench.Bench.Benchmarks;

/// <summary>
/// One case per workload: the chosen pattern sends only that workload. The method bodies are
/// never timed; <see cref="Engine.CeEngine"/> drives the load and reports each request.
/// </summary>
public class CompileLoad
{
    [ParamsSource(nameof(Patterns))]
    public LoadPatternKind Pattern { get; set; }

    [ParamsSource(nameof(WorkloadNames))]
    public string Workload { get; set; } = "";

    public static IEnumerable<LoadPatternKind> Patterns => [LoadCase.PatternOf(RunContext.Current.Settings)];

    public static IEnumerable<string> WorkloadNames => RunContext.Current.Workloads.Select(w => w.Name);

    [GlobalSetup]
    public void Setup() => LoadCase.Register(new LoadCase($"Isolated({Workload})", Pattern, [Workload]));

    [Benchmark]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet needs an instance method")]
    public void Isolated() => LoadCase.NeverTimed();
}
