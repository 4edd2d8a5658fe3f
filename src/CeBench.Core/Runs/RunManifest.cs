using System.Text.Json;
using System.Text.Json.Serialization;

namespace CeBench.Core.Runs;

/// <summary>
/// run.json: everything needed to know what a run was and to compare it fairly with another:
/// the options, the target, the local policy, the seed, versions, times and counts by outcome.
/// </summary>
public sealed record RunManifest
{
    public const string FileName = "run.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public required string Label { get; init; }

    public required string Endpoint { get; init; }

    /// <summary>The address requests went to (the local target's port when local).</summary>
    public required string TargetUrl { get; init; }

    /// <summary>The local target's policy, backend, workers and faults; null for a remote target.</summary>
    public IReadOnlyDictionary<string, string>? Local { get; init; }

    public required string Pattern { get; init; }

    /// <summary>The pattern's parameters as given (rps, burst-duration, ...).</summary>
    public required string PatternParameters { get; init; }

    public required double DurationSeconds { get; init; }

    /// <summary>Requests intended before this are warm-up, left out of summaries and comparisons (sustained runs).</summary>
    public double WarmupSeconds { get; init; }

    public required string Arrivals { get; init; }

    public required int Seed { get; init; }

    public string? Compiler { get; init; }

    public required IReadOnlyList<string> Workloads { get; init; }

    public required int MaxInFlight { get; init; }

    public required double TimeoutSeconds { get; init; }

    public required int Retries { get; init; }

    public required string UserAgent { get; init; }

    /// <summary>This shard's segment (from:to) when the run was sharded.</summary>
    public string? Segment { get; init; }

    public string? SegmentSequence { get; init; }

    public DateTimeOffset? StartAt { get; init; }

    /// <summary>For a merged run: the shard folders it was made from.</summary>
    public IReadOnlyList<string>? Shards { get; init; }

    /// <summary>The command line as typed, BenchmarkDotNet's part included.</summary>
    public required IReadOnlyList<string> Arguments { get; init; }

    public required IReadOnlyDictionary<string, string> Versions { get; init; }

    public required DateTimeOffset StartedUtc { get; init; }

    public DateTimeOffset? EndedUtc { get; init; }

    /// <summary>False when the run was interrupted or failed before every case finished.</summary>
    public bool Complete { get; init; }

    public string? Note { get; init; }

    public long Scheduled { get; init; }

    public IReadOnlyDictionary<string, long> Outcomes { get; init; } = new Dictionary<string, long>();

    public IReadOnlyList<string> Cases { get; init; } = [];

    public void Write(string directory) =>
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(this, Json));

    public static RunManifest Read(string directory) =>
        JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(Path.Combine(directory, FileName)), Json)
            ?? throw new BadInputException($"{Path.Combine(directory, FileName)} is empty");
}
