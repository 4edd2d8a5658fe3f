namespace CeBench.Core.Comparison;

/// <summary>What happened to a workload's latency from the before run to the after run.</summary>
public enum LatencyVerdict
{
    /// <summary>Too few successful requests on a side to say.</summary>
    Unknown,

    /// <summary>No change beyond the threshold could be shown.</summary>
    Same,

    /// <summary>After is faster than before by more than the threshold.</summary>
    Faster,

    /// <summary>After is slower than before by more than the threshold: a regression.</summary>
    Slower,
}
