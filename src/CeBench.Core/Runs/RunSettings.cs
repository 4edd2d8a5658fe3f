using CeBench.Core.Endpoints;
using CeBench.Core.Schedules;
using CeBench.Core.Thresholds;

namespace CeBench.Core.Runs;

/// <summary>CeBench's own options for a run, validated; what BenchmarkDotNet sees is the rest.</summary>
public sealed record RunSettings
{
    public CeEndpoint Endpoint { get; init; } = CeEndpoint.Parse("local");

    public LoadPattern Pattern { get; init; } = new SteadyPattern(1);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public ArrivalProcess Arrivals { get; init; } = ArrivalProcess.Uniform;

    public int Seed { get; init; } = 1;

    /// <summary>--compiler: overrides every workload's compiler when given.</summary>
    public string? Compiler { get; init; }

    /// <summary>--scenarios: the workloads to run; empty means all.</summary>
    public IReadOnlyList<string> Scenarios { get; init; } = [];

    public string? WorkloadsDir { get; init; }

    public int MaxInFlight { get; init; } = 1000;

    /// <summary>Per-attempt timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(90);

    public int Retries { get; init; } = 2;

    public string? Label { get; init; }

    public string? ResultsDir { get; init; }

    public string UserAgent { get; init; } = Client.CeClientOptions.DefaultUserAgent;

    /// <summary>--allow-high-rate: lets a run exceed the public service's rate limit.</summary>
    public bool AllowHighRate { get; init; }

    /// <summary>--dry-run: print the plan, send nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>The circuit breaker's share of failed attempts that stops the run; null turns it off.</summary>
    public double? BreakerErrorRate { get; init; } = 0.5;

    /// <summary>This process's share of a sharded run; null runs the whole schedule.</summary>
    public Segments.ShardPlan? Shard { get; init; }

    /// <summary>--start-at: the shared wall-clock start of every shard's first case.</summary>
    public DateTimeOffset? StartAt { get; init; }

    /// <summary>--threshold: checked at the end; a failed one makes the exit code 1.</summary>
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    /// <summary>Attempts the breaker must have seen in its window before it may open.</summary>
    public int BreakerMinRequests { get; init; } = 20;

    /// <summary>Requests intended before this are warm-up, left out of the statistics (sustained runs).</summary>
    public TimeSpan Warmup => Pattern is SustainedPattern sustained ? sustained.Warmup : TimeSpan.Zero;

    /// <summary>The stability report's window (sustained runs); null for other patterns.</summary>
    public TimeSpan? Window => Pattern is SustainedPattern sustained ? sustained.Window : null;
}
