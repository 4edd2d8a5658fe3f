using CeBench.Core.Requests;

namespace CeBench.Core.Discovery;

/// <summary>
/// Checks, before any load, that every compiler and library version the selected requests use
/// exists on the target; all unknown ids go into one error so they are fixed in one pass.
/// </summary>
public static class TargetValidator
{
    public static void Validate(IEnumerable<PreparedCompileRequest> requests, TargetCatalog catalog)
    {
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var request in requests)
        {
            var workload = request.Workload;
            var compiler = catalog.FindCompiler(request.CompilerId);
            if (compiler is null)
            {
                problems.Add($"compiler '{request.CompilerId}' (workload {workload.Name}) is unknown to the target");
            }
            else if (compiler.Lang is { } lang && lang != workload.Lang)
            {
                problems.Add($"compiler '{request.CompilerId}' compiles {lang}, but workload {workload.Name} is {workload.Lang}");
            }

            foreach (var library in workload.Libraries)
            {
                var known = catalog.FindLibrary(workload.Lang, library.Id);
                if (known is null)
                {
                    problems.Add($"library '{library.Id}' (workload {workload.Name}) is unknown to the target for {workload.Lang}");
                }
                else if (known.Versions?.Any(v => v.Id == library.Version) != true)
                {
                    var versions = string.Join(", ", known.Versions?.Select(v => v.Id) ?? []);
                    problems.Add($"library version '{library}' (workload {workload.Name}) is unknown to the target; it has {library.Id} versions: {versions}");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new BadInputException(
                "the target does not have what the selected workloads need:" + Environment.NewLine
                + string.Join(Environment.NewLine, problems.Select(p => "  - " + p))
                + Environment.NewLine + "Use --compiler, --scenarios or another --endpoint; nothing was sent.");
        }
    }
}
