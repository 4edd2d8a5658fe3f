namespace CeBench.Core.Workloads;

/// <summary>
/// All workloads of a folder (searched recursively for <c>*.cpp</c>), validated as a whole: every
/// problem in every file is reported in one message, so a broken folder is fixed in one pass.
/// </summary>
public sealed class WorkloadCatalog
{
    private readonly Dictionary<string, Workload> _byName;

    private WorkloadCatalog(string directory, IReadOnlyList<Workload> workloads)
    {
        Directory = directory;
        All = workloads;
        _byName = workloads.ToDictionary(w => w.Name, StringComparer.OrdinalIgnoreCase);
    }

    public string Directory { get; }

    /// <summary>Sorted by name.</summary>
    public IReadOnlyList<Workload> All { get; }

    public static WorkloadCatalog Load(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(full))
        {
            throw new WorkloadFormatException($"workload folder '{full}' does not exist; pass the folder that holds the *.cpp workloads");
        }

        var files = System.IO.Directory.GetFiles(full, "*.cpp", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            throw new WorkloadFormatException($"workload folder '{full}' holds no *.cpp files");
        }

        var problems = new List<string>();
        var workloads = new List<Workload>();
        foreach (var file in files)
        {
            try
            {
                workloads.Add(WorkloadParser.Parse(file, File.ReadAllText(file)));
            }
            catch (WorkloadFormatException e)
            {
                problems.Add(e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{file}: cannot be read: {e.Message}");
            }
        }

        foreach (var group in workloads.GroupBy(w => w.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"workload name '{group.Key}' is used by more than one file: {string.Join(", ", group.Select(w => w.FilePath))}");
        }

        if (problems.Count > 0)
        {
            throw new WorkloadFormatException(string.Join(Environment.NewLine, problems));
        }

        return new WorkloadCatalog(full, workloads.OrderBy(w => w.Name, StringComparer.Ordinal).ToArray());
    }

    public Workload this[string name] => _byName.GetValueOrDefault(name)
        ?? throw new BadInputException($"no workload named '{name}' in {Directory}; known: {string.Join(", ", All.Select(w => w.Name))}");

    /// <summary>The named workloads in the given order; every unknown name is listed in one error.</summary>
    public IReadOnlyList<Workload> Select(IEnumerable<string> names)
    {
        var requested = names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var unknown = requested.Where(n => !_byName.ContainsKey(n)).ToArray();
        if (unknown.Length > 0)
        {
            throw new BadInputException(
                $"unknown workload(s): {string.Join(", ", unknown)}; known: {string.Join(", ", All.Select(w => w.Name))}");
        }

        return requested.Select(n => _byName[n]).ToArray();
    }
}
