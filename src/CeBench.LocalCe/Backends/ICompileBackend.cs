using CeBench.LocalCe.Scheduling;

namespace CeBench.LocalCe.Backends;

/// <summary>Does (or models) the compile of one job on a worker.</summary>
public interface ICompileBackend
{
    Task<BackendResult> CompileAsync(CompileJob job, CancellationToken cancellationToken);
}
