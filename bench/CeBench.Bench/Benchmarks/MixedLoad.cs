using BenchmarkDotNet.Attributes;

namespace CeBench.Bench.Benchmarks;

/// <summary>
/// All selected workloads interleaved by weight: the case that shows head-of-line blocking,
/// broken down per workload in the run's summary.
/// </summary>
public class MixedLoad
{
    [ParamsSource(nameof(Patterns))]
    public LoadPatternKind Pattern { get; set; }

    public static IEnumerable<LoadPatternKind> Patterns => CompileLoad.Patterns;

    [GlobalSetup]
    public void Setup() => LoadCase.Register(new LoadCase("Mixed", Pattern, RunContext.Current.Workloads.Select(w => w.Name).ToArray()));

    [Benchmark]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet needs an instance method")]
    public void Mixed() => LoadCase.NeverTimed();
}
