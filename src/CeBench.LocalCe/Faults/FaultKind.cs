namespace CeBench.LocalCe.Faults;

public enum FaultKind
{
    /// <summary>Answer with an HTTP status instead of serving (429 carries Retry-After).</summary>
    Status,

    /// <summary>Abort the connection without an answer.</summary>
    Reset,

    /// <summary>Wait, then serve normally.</summary>
    Delay,

    /// <summary>Answer 200 with a truncated JSON body.</summary>
    Malformed,
}
