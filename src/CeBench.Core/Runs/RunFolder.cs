using System.Globalization;
using System.Text.Json;
using CeBench.Core.Records;
using CsvHelper;

namespace CeBench.Core.Runs;

/// <summary>
/// A results folder read back: its run.json and every record of its requests.csv. Compare,
/// merge and report all start here, so a missing or broken file reads the same everywhere: one
/// <see cref="BadInputException"/> naming the file (and the line).
/// </summary>
public sealed record RunFolder(string Directory, RunManifest Manifest, IReadOnlyList<RequestRecord> Records)
{
    /// <summary>The folder's name: the run's label or UTC timestamp.</summary>
    public string Name => Path.GetFileName(Directory);

    /// <summary>Reads a run; without <paramref name="requireRecords"/> a run that recorded nothing has no records.</summary>
    public static RunFolder Load(string folder, bool requireRecords = true)
    {
        var directory = Path.GetFullPath(folder.TrimEnd('/', Path.DirectorySeparatorChar));
        if (!System.IO.Directory.Exists(directory))
        {
            throw new BadInputException($"results folder '{folder}' does not exist: pass the folder of a run, such as results/before");
        }

        var requests = Path.Combine(directory, RequestCsv.FileName);
        var records = File.Exists(requests) ? ReadRecords(requests)
            : requireRecords ? throw new BadInputException($"'{directory}' has no {RequestCsv.FileName}: the run recorded no requests")
            : [];
        return new RunFolder(directory, ReadManifest(directory), records);
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

    private static IReadOnlyList<RequestRecord> ReadRecords(string path)
    {
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
