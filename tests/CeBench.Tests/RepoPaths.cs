namespace CeBench.Tests;

/// <summary>Finds the checkout from the test binary, so tests read the real workloads/ folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Workloads => Path.Combine(Root, "workloads");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CeBench.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CeBench.sln not found above " + AppContext.BaseDirectory);
    }
}
