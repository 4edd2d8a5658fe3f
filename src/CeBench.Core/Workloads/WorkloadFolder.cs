namespace CeBench.Core.Workloads;

/// <summary>
/// Finds the workloads/ folder of the checkout when none is given: the bench runs from bench/,
/// from the repository root or from a build output folder, and all of them sit inside the checkout.
/// </summary>
public static class WorkloadFolder
{
    public const string Name = "workloads";

    public static string Resolve(string? explicitFolder)
    {
        if (explicitFolder is not null)
        {
            return Path.GetFullPath(explicitFolder);
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, Name);
                if (File.Exists(Path.Combine(dir.FullName, "CeBench.sln")) && Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new BadInputException(
            $"cannot find the {Name}/ folder above {Environment.CurrentDirectory}; pass --workloads-dir <folder>");
    }
}
