using System.Globalization;
using CeBench.Core.Requests;
using CeBench.Core.Workloads;

namespace CeBench.Bench;

/// <summary><c>list</c>: every workload with its header.</summary>
public static class ListCommand
{
    public static int Run(string? workloadsDir, TextWriter output)
    {
        var catalog = WorkloadCatalog.Load(WorkloadFolder.Resolve(workloadsDir));
        output.WriteLine($"{catalog.All.Count} workloads in {catalog.Directory}");
        foreach (var w in catalog.All)
        {
            var band = w.BaselineMinMs is { } min ? $"{min}-{w.BaselineMaxMs} ms" : "none";
            var libs = w.Libraries.Count == 0 ? "none" : string.Join(' ', w.Libraries);
            output.WriteLine();
            output.WriteLine($"{w.Name}: {w.Description}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  compiler {w.Compiler ?? CompileRunOptions.DefaultCompiler}, lang {w.Lang}, flags '{w.UserArguments}', libs {libs}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  expect {(w.Expect == WorkloadExpectation.Success ? "success" : "compile-error")}, execute {w.Execute.ToString().ToLowerInvariant()}, weight {w.Weight}, baseline {band}"));
        }

        return ExitCodes.Ok;
    }
}
