namespace CeBench.Core.Comparison;

/// <summary>What happened to a workload's error rate (failed over sent) from before to after.</summary>
public enum ErrorRateVerdict
{
    /// <summary>Too few sent requests on a side to say.</summary>
    Unknown,

    /// <summary>No significant change.</summary>
    Same,

    Fewer,

    /// <summary>Significantly more errors after: a regression, whatever the latency did.</summary>
    More,
}
