using System.Text.Json.Serialization;

namespace CeBench.LocalCe.Stats;

/// <summary>
/// What <c>GET /api/localce/stats</c> answers. Every compile request that was answered is in
/// exactly one of completed, faulted or rejected, so received = completed + faulted + rejected
/// once nothing is in progress.
/// </summary>
public sealed record StatsSnapshot
{
    [JsonPropertyName("received")]
    public long Received { get; init; }

    /// <summary>Answered by the service itself: 400, 404, 413, refused flags, unknown library, queue full.</summary>
    [JsonPropertyName("rejected")]
    public long Rejected { get; init; }

    /// <summary>Answered by fault injection instead of the service (503, 429, reset, malformed).</summary>
    [JsonPropertyName("faulted")]
    public long Faulted { get; init; }

    [JsonPropertyName("queued")]
    public long Queued { get; init; }

    [JsonPropertyName("started")]
    public long Started { get; init; }

    /// <summary>Went through the queue and got a compile result (including stale and timed out).</summary>
    [JsonPropertyName("completed")]
    public long Completed { get; init; }

    /// <summary>Completed requests by result: ok, compile-error, timed-out, stale.</summary>
    [JsonPropertyName("byOutcome")]
    public IReadOnlyDictionary<string, long> ByOutcome { get; init; } = new Dictionary<string, long>();

    /// <summary>Faulted requests by kind, plus "delay" for requests that were only delayed.</summary>
    [JsonPropertyName("byFault")]
    public IReadOnlyDictionary<string, long> ByFault { get; init; } = new Dictionary<string, long>();

    /// <summary>Rejected requests by HTTP status or reason.</summary>
    [JsonPropertyName("byRejection")]
    public IReadOnlyDictionary<string, long> ByRejection { get; init; } = new Dictionary<string, long>();

    /// <summary>Requests whose Content-Type was not exactly application/json: CE drops their options.</summary>
    [JsonPropertyName("optionsDropped")]
    public long OptionsDropped { get; init; }

    [JsonPropertyName("queueLength")]
    public int QueueLength { get; init; }

    [JsonPropertyName("running")]
    public long Running { get; init; }

    [JsonPropertyName("policy")]
    public string Policy { get; init; } = "";

    [JsonPropertyName("backend")]
    public string Backend { get; init; } = "";

    [JsonPropertyName("workers")]
    public int Workers { get; init; }
}
