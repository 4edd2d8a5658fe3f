using CeBench.Core.Records;
using CeBench.Core.Runs;

namespace CeBench.Core.Comparison;

/// <summary>
/// A results folder read back for a comparison: its run.json and the requests of requests.csv
/// that count (a sustained run's warm-up left out, as in its summary).
/// </summary>
public sealed record ComparedRun
{
    /// <summary>The folder's name, e.g. the run's label.</summary>
    public required string Name { get; init; }

    public required string Directory { get; init; }

    public required RunManifest Manifest { get; init; }

    public required IReadOnlyList<RequestRecord> Records { get; init; }

    /// <summary>Reads a results folder; anything missing or unreadable is a <see cref="BadInputException"/> naming the file.</summary>
    public static ComparedRun Load(string folder)
    {
        var run = RunFolder.Load(folder);
        var warmupMs = run.Manifest.WarmupSeconds * 1000;
        return new ComparedRun
        {
            Name = run.Name,
            Directory = run.Directory,
            Manifest = run.Manifest,
            Records = run.Records.Where(r => r.IntendedMs >= warmupMs).ToArray(),
        };
    }
}
