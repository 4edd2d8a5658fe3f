using CeBench.Core;
using CeBench.LocalCe.Backends;
using CeBench.LocalCe.Faults;
using CeBench.LocalCe.Scheduling;
using CeBench.LocalCe.Stats;

namespace CeBench.LocalCe.Hosting;

/// <summary>The parts of a local target, built from its options; the HTTP layer and tests use the same.</summary>
public sealed class LocalCeServices : IAsyncDisposable
{
    public LocalCeServices(LocalCeOptions options)
    {
        Options = options;
        Stats = new LocalCeStats();
        Faults = new FaultInjector(options.Faults, options.Seed);
        var costs = new CostTable(Scale: options.CostScale);
        Backend = options.Backend switch
        {
            "model" => new ModelBackend(costs, options.Seed, options.NoiseSigma, options.TimeScale, options.CompileTimeout, options.TimeProvider),
            "gcc" => new GccBackend(options.CompileTimeout, options.TempRoot),
            _ => throw new BadInputException($"backend '{options.Backend}' is unknown: use model or gcc"),
        };
        ISchedulingPolicy policy = options.Policy switch
        {
            "fifo" => new FifoPolicy(),
            "sjf" => new ShortestExpectedFirstPolicy(),
            "lanes" => new LanesPolicy(options.LanesShortThresholdMs * options.TimeScale),
            _ => throw new BadInputException($"policy '{options.Policy}' is unknown: use fifo, sjf or lanes"),
        };
        if (options.Workers < 1)
        {
            throw new BadInputException($"workers must be at least 1, not {options.Workers}");
        }

        Pool = new WorkerPool(
            policy,
            Backend,
            new CostEstimator(costs, options.TimeScale),
            new WorkerPoolSettings { Workers = options.Workers, StaleAfter = options.StaleAfter, MaxQueueLength = options.MaxQueueLength },
            options.TimeProvider,
            Stats);
    }

    public LocalCeOptions Options { get; }

    public LocalCeStats Stats { get; }

    public FaultInjector Faults { get; }

    public ICompileBackend Backend { get; }

    public WorkerPool Pool { get; }

    public StatsSnapshot Snapshot() => Stats.Snapshot(Pool.QueueLength, Pool.PolicyName, Options.Backend, Pool.Workers);

    public ValueTask DisposeAsync() => Pool.DisposeAsync();
}
