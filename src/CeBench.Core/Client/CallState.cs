namespace CeBench.Core.Client;

/// <summary>What one compile call accumulates across its attempts; lives in the Polly context.</summary>
internal sealed class CallState
{
    public int Attempts { get; set; }

    public long? SentTimestamp { get; set; }

    public AttemptResult? LastAttempt { get; set; }

    public List<TimeSpan> RetryDelays { get; } = [];
}
