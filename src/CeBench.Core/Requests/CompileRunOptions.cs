namespace CeBench.Core.Requests;

/// <summary>Run-wide choices that shape every compile request.</summary>
public sealed record CompileRunOptions
{
    public const string DefaultCompiler = "g151";

    /// <summary>
    /// An explicit compiler for every workload (<c>--compiler</c>). When null, a workload's own
    /// <c>compiler:</c> header applies, else <see cref="DefaultCompiler"/>.
    /// </summary>
    public string? Compiler { get; init; }

    /// <summary>Also execute every program, not only workloads whose header says <c>execute: true</c>.</summary>
    public bool ExecuteAll { get; init; }

    /// <summary>1 bypasses CE's compilation and execution caches: a stress run must not measure the cache.</summary>
    public int BypassCache { get; init; } = 1;
}
