using CeBench.LocalCe.Catalog;
using CeBench.LocalCe.Faults;

namespace CeBench.LocalCe.Hosting;

/// <summary>Everything that shapes a local target: where it listens, its workers, policy, backend and faults.</summary>
public sealed record LocalCeOptions
{
    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>127.0.0.1 unless --bind says otherwise: the target runs compilers for whoever reaches it.</summary>
    public System.Net.IPAddress BindAddress { get; init; } = System.Net.IPAddress.Loopback;

    public int Workers { get; init; } = 2;

    /// <summary>fifo, sjf or lanes.</summary>
    public string Policy { get; init; } = "fifo";

    /// <summary>model or gcc.</summary>
    public string Backend { get; init; } = "model";

    /// <summary>Multiplies every modelled time (0.01 makes a 5 s compile take 50 ms).</summary>
    public double TimeScale { get; init; } = 1;

    /// <summary>Multiplies the cost table: a slower (or faster) fleet, for before/after experiments.</summary>
    public double CostScale { get; init; } = 1;

    /// <summary>Spread of the model's log-normal noise (sigma of the underlying normal).</summary>
    public double NoiseSigma { get; init; } = 0.2;

    public int Seed { get; init; } = 1;

    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>CE kills compilers after 20 s in production.</summary>
    public TimeSpan CompileTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public int MaxQueueLength { get; init; } = 10_000;

    /// <summary>Jobs expected to take less than this (before time scaling) go to the short lane.</summary>
    public double LanesShortThresholdMs { get; init; } = 1000;

    public IReadOnlyList<FaultRule> Faults { get; init; } = [];

    /// <summary>Where the gcc backend makes its per-request folders; null is the system temp folder.</summary>
    public string? TempRoot { get; init; }

    public LocalCeCatalog Catalog { get; init; } = LocalCeCatalog.Default;

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
