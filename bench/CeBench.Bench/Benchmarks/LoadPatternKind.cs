namespace CeBench.Bench.Benchmarks;

/// <summary>The pattern as a benchmark parameter, so it shows in case names and filters.</summary>
public enum LoadPatternKind
{
    Steady,
    Burst,
    Ramp,
    Wave,
    Sustained,
}
