using System.Globalization;

namespace CeBench.Core.Runs;

/// <summary>Where runs write: results/&lt;label or UTC timestamp&gt;/ under the checkout, unless --results says otherwise.</summary>
public static class ResultsFolder
{
    public static string Resolve(string? explicitRoot, string workloadsDirectory) =>
        Path.GetFullPath(explicitRoot ?? Path.Combine(Path.GetDirectoryName(workloadsDirectory.TrimEnd('/'))!, "results"));

    /// <summary>
    /// Creates the run's folder and proves it writable. A labelled folder that already holds a run
    /// is refused rather than mixed with a new one: nothing recorded is overwritten.
    /// </summary>
    public static string CreateRunDirectory(string root, string? label, DateTimeOffset nowUtc)
    {
        var name = label ?? nowUtc.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var path = Path.Combine(root, name);
        if (label is null)
        {
            for (var n = 2; Directory.Exists(path); n++)
            {
                path = Path.Combine(root, $"{name}-{n}");
            }
        }
        else if (Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any())
        {
            throw new BadInputException($"results folder '{path}' already holds a run; choose another --label");
        }

        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, ".write-test");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"results folder '{path}' is not writable ({e.Message}); pass --results <folder>", e);
        }

        return path;
    }
}
