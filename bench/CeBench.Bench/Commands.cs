using System.Globalization;
using CeBench.Core;
using CeBench.Core.Requests;
using CeBench.Core.Workloads;

namespace CeBench.Bench;

/// <summary>The bench's sub-commands. The BenchmarkDotNet load engine is not wired in yet; see the README.</summary>
public static class Commands
{
    public static int Run(string[] args, TextWriter output)
    {
        var rest = new List<string>(args);
        var workloadsDir = TakeOption(rest, "--workloads-dir");
        if (rest is ["list"])
        {
            List(WorkloadCatalog.Load(WorkloadFolder.Resolve(workloadsDir)), output);
            return ExitCodes.Ok;
        }

        throw new BadInputException(
            $"'{string.Join(' ', args)}' is not available yet: this build has 'list' (workloads and their headers); the load engine is still to come");
    }

    private static void List(WorkloadCatalog catalog, TextWriter output)
    {
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
    }

    private static string? TakeOption(List<string> args, string name)
    {
        var i = args.IndexOf(name);
        if (i < 0)
        {
            return null;
        }

        if (i == args.Count - 1)
        {
            throw new BadInputException($"{name} needs a value");
        }

        var value = args[i + 1];
        args.RemoveRange(i, 2);
        return value;
    }
}
