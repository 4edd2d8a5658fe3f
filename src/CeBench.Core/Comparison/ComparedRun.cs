using System.Globalization;
using System.Text.Json;
using CeBench.Core.Records;
using CeBench.Core.Runs;
using CsvHelper;

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
        var directory = Path.GetFullPath(folder.TrimEnd('/', Path.DirectorySeparatorChar));
        if (!System.IO.Directory.Exists(directory))
        {
            throw new BadInputException($"results folder '{folder}' does not exist: pass the folders of two runs, e.g. results/before results/after");
        }

        var manifest = ReadManifest(directory);
        var records = ReadRecords(directory);
        var warmupMs = manifest.WarmupSeconds * 1000;
        return new ComparedRun
        {
            Name = Path.GetFileName(directory),
            Directory = directory,
            Manifest = manifest,
            Records = records.Where(r => r.IntendedMs >= warmupMs).ToArray(),
        };
    }

    private static RunManifest ReadManifest(string directory)
    {
        var path = Path.Combine(directory, RunManifest.FileName);
        if (!File.Exists(path))
        {
            throw new BadInputException($"'{directory}' has no {RunManifest.FileName}: it is not the folder of a CeBench run");
        }

        try
        {
            return RunManifest.Read(directory);
        }
        catch (JsonException e)
        {
            throw new BadInputException($"{path} is not a valid run manifest: {e.Message}", e);
        }
    }

    private static IReadOnlyList<RequestRecord> ReadRecords(string directory)
    {
        var path = Path.Combine(directory, RequestCsv.FileName);
        if (!File.Exists(path))
        {
            throw new BadInputException($"'{directory}' has no {RequestCsv.FileName}: the run recorded no requests");
        }

        try
        {
            return RequestCsv.Read(path);
        }
        catch (CsvHelperException e)
        {
            // CsvHelper's own message spans many lines of context, or only says "An unexpected error
            // occurred" around a converter's exception (an unknown outcome): name the row and the cause.
            var cause = e.InnerException?.Message ?? e.Message.Split('\n')[0].Trim();
            var row = e.Context?.Parser?.Row is { } r ? string.Create(CultureInfo.InvariantCulture, $" (line {r})") : "";
            throw new BadInputException($"{path} is not a valid request log{row}: {cause}", e);
        }
    }
}
