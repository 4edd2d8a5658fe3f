namespace CeBench.Core.Client;

/// <summary>What a scheduled request experienced: exactly one per request (design.md section 5).</summary>
public enum Outcome
{
    Ok,

    /// <summary>The compiler exited non-zero; whether that was expected is <see cref="CompileResult.IsExpected"/>.</summary>
    CompileError,

    /// <summary>The client gave up waiting (per-attempt timeout).</summary>
    Timeout,

    /// <summary>408 or 504, <c>timedOut: true</c>, or a job that went stale in CE's queue.</summary>
    ServerTimeout,

    /// <summary>429.</summary>
    RateLimited,

    /// <summary>Any other HTTP status.</summary>
    HttpError,

    /// <summary>Refused, reset, DNS: no HTTP answer at all.</summary>
    TransportError,

    /// <summary>CE's code -1, or a 200 whose body is not a compile result.</summary>
    InternalError,

    /// <summary>Never sent: the in-flight cap was reached.</summary>
    Dropped,

    /// <summary>The run stopped (or the circuit breaker opened) before it finished.</summary>
    Cancelled,
}
