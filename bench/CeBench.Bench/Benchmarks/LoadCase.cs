using CeBench.Core.Runs;

namespace CeBench.Bench.Benchmarks;

/// <summary>
/// The case a benchmark's [GlobalSetup] registers for the engine, which does not see the
/// benchmark instance (design.md section 7).
/// </summary>
public sealed record LoadCase(string Name, LoadPatternKind Pattern, IReadOnlyList<string> Workloads)
{
    private static LoadCase? _registered;

    public static void Register(LoadCase loadCase) => _registered = loadCase;

    /// <summary>The case registered by the last GlobalSetup, taken once.</summary>
    public static LoadCase Take() =>
        Interlocked.Exchange(ref _registered, null)
        ?? throw new InvalidOperationException("the benchmark's GlobalSetup did not register a load case");

    public static LoadPatternKind PatternOf(RunSettings settings) => Enum.Parse<LoadPatternKind>(settings.Pattern.Name, ignoreCase: true);

    public static void NeverTimed() =>
        throw new InvalidOperationException("CeBench benchmarks are driven by CeEngine; this body is never run");
}
