namespace CeBench.Tests.Fakes;

/// <summary>
/// Tests whose verdicts rest on latencies measured by real runs: they run alone, not beside other
/// test classes that load the two cores, which would be measured as well.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "timing-sensitive";
}
