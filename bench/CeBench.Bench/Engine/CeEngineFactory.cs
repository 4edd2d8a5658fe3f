using BenchmarkDotNet.Engines;
using CeBench.Bench.Benchmarks;

namespace CeBench.Bench.Engine;

/// <summary>
/// Creates <see cref="CeEngine"/>. It runs the benchmark's [GlobalSetup] itself, because that is
/// where the case is registered (design.md section 7).
/// </summary>
public sealed class CeEngineFactory : IEngineFactory
{
    public IEngine CreateReadyToRun(EngineParameters engineParameters)
    {
        ArgumentNullException.ThrowIfNull(engineParameters);
        engineParameters.GlobalSetupAction?.Invoke();
        return new CeEngine(engineParameters, LoadCase.Take());
    }
}
