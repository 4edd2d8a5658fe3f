using System.Text.Json;
using CeBench.Core.Wire;
using CeBench.Core.Workloads;

namespace CeBench.Core.Requests;

/// <summary>Turns a workload plus run options into CE's compile request (design.md section 4).</summary>
public static class CompileRequestBuilder
{
    public static string ResolveCompiler(Workload workload, CompileRunOptions options) =>
        options.Compiler ?? workload.Compiler ?? CompileRunOptions.DefaultCompiler;

    public static CompileRequestBody BuildBody(Workload workload, CompileRunOptions options)
    {
        var execute = workload.Execute || options.ExecuteAll;
        return new CompileRequestBody
        {
            Source = workload.Source,
            Lang = workload.Lang,
            BypassCache = options.BypassCache,
            AllowStoreCodeDebug = false,
            Options = new CompileOptionsBody
            {
                UserArguments = workload.UserArguments,
                CompilerOptions = new CompilerOptionsBody { SkipAsm = false, ExecutorRequest = false },
                Filters = new CompileFiltersBody { Execute = execute },
                Tools = [],
                Libraries = workload.Libraries.Select(l => new LibraryBody(l.Id, l.Version)).ToArray(),
            },
        };
    }

    public static PreparedCompileRequest Prepare(Workload workload, CompileRunOptions options) =>
        new(workload, ResolveCompiler(workload, options),
            JsonSerializer.SerializeToUtf8Bytes(BuildBody(workload, options), CeJson.Options));
}
