using CeBench.Core.Wire;

namespace CeBench.Core.Client;

/// <summary>
/// The final word on one compile request after all attempts. Timestamps come from the client's
/// <see cref="TimeProvider"/> (<see cref="TimeProvider.GetTimestamp"/>) so the driver can put them
/// on the same clock as the intended start.
/// </summary>
public sealed record CompileResult
{
    public required Outcome Outcome { get; init; }

    /// <summary>HTTP attempts actually made (0 when the circuit breaker or a cancellation stopped it first).</summary>
    public required int Attempts { get; init; }

    /// <summary>Whether the outcome is what the workload expects (success, or a compile error for error workloads).</summary>
    public required bool IsExpected { get; init; }

    public int? HttpStatus { get; init; }

    public CompileResponseBody? Response { get; init; }

    public string Detail { get; init; } = "";

    /// <summary>The first attempt was handed to HttpClient; null when nothing was sent.</summary>
    public long? SentTimestamp { get; init; }

    /// <summary>The last attempt's body was fully read, or the request gave up.</summary>
    public required long DoneTimestamp { get; init; }

    /// <summary>The waits the retry strategy chose between attempts.</summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; init; } = [];

    /// <summary>True when the circuit breaker refused an attempt.</summary>
    public bool CircuitOpen { get; init; }
}
