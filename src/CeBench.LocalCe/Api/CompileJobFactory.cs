using CeBench.Core.Wire;
using CeBench.LocalCe.Catalog;
using CeBench.LocalCe.Scheduling;

namespace CeBench.LocalCe.Api;

/// <summary>Checks a compile request as CE does and turns it into a job, or says why not.</summary>
public static class CompileJobFactory
{
    public static (CompileJob? Job, string? Refusal, string? Reason) Create(
        long sequence, CompilerConfig compiler, CompileRequestBody request, LocalCeCatalog catalog)
    {
        var options = request.Options ?? new CompileOptionsBody();
        var arguments = ArgumentSplitter.Split(options.UserArguments);
        var refused = FlagPolicy.Refused(arguments);
        if (refused.Count > 0)
        {
            return (null, $"Bad options: {string.Join(' ', refused)}", "bad-options");
        }

        var libraries = new List<(LibraryConfig Library, LibraryVersionConfig Version)>();
        foreach (var wanted in options.Libraries)
        {
            if (catalog.FindLibrary(wanted.Id, wanted.Version) is not { } found)
            {
                return (null, $"Unknown library {wanted.Id}/{wanted.Version}", "unknown-library");
            }

            libraries.Add(found);
        }

        var job = new CompileJob
        {
            Sequence = sequence,
            Compiler = compiler,
            Source = request.Source ?? "",
            Arguments = arguments,
            LibraryVersions = libraries.Select(l => l.Version).ToArray(),
            LibraryCostMs = libraries.Sum(l => l.Library.CostMs),
            Execute = options.Filters.Execute,
            Shape = JobShape.Of(compiler.Id, libraries.Select(l => $"{l.Library.Id}/{l.Version.Id}"), request.Source ?? "", options.UserArguments),
        };
        return (job, null, null);
    }
}
