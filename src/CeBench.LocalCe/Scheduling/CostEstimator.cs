using System.Collections.Concurrent;
using CeBench.LocalCe.Backends;

namespace CeBench.LocalCe.Scheduling;

/// <summary>
/// Expected compile time per job shape: learned from finished compiles (exponentially weighted),
/// falling back to the cost table for shapes not seen yet.
/// </summary>
public sealed class CostEstimator(CostTable prior, double timeScale, double learningRate = 0.5)
{
    private readonly ConcurrentDictionary<JobShape, double> _learned = new();

    public double ExpectedMs(CompileJob job) =>
        _learned.TryGetValue(job.Shape, out var ms) ? ms : prior.EstimateMs(job) * timeScale;

    public void Learn(JobShape shape, double execTimeMs) =>
        _learned.AddOrUpdate(shape, execTimeMs, (_, old) => old + (learningRate * (execTimeMs - old)));
}
