using CeBench.Core.Client;
using CeBench.Core.Requests;
using CeBench.Core.Runs;
using CeBench.Core.Workloads;

namespace CeBench.Bench;

/// <summary>
/// What the command line decided, handed to the engine: BenchmarkDotNet creates the engine
/// itself, in this process (the in-process toolchain), so a static is the hand-over.
/// </summary>
public sealed record RunContext(
    RunSettings Settings,
    IReadOnlyList<Workload> Workloads,
    IReadOnlyList<PreparedCompileRequest> Requests,
    CeClient? Client,
    string RunDirectory,
    bool Interactive)
{
    /// <summary>The client of a real run; a listing (--list) has none.</summary>
    public CeClient RunClient => Client ?? throw new InvalidOperationException("this CeBench invocation only lists benchmarks");

    private static RunContext? _current;

    public static RunContext Current =>
        _current ?? throw new InvalidOperationException("no CeBench run is set up: start the bench through its Program, in-process");

    public static void Set(RunContext? context) => _current = context;

    private string? _abortReason;
    private int _started;

    /// <summary>Set when Ctrl+C or SIGTERM asks the run to stop; the engine records what is left as cancelled.</summary>
    public CancellationTokenSource Stop { get; } = new();

    /// <summary>Why the run stopped on its own (target down, breaker open); null when it did not.</summary>
    public string? AbortReason => Volatile.Read(ref _abortReason);

    /// <summary>--start-at for the first case only; later cases follow as BenchmarkDotNet runs them.</summary>
    public DateTimeOffset? TakeStartAt() => Interlocked.Exchange(ref _started, 1) == 0 ? Settings.StartAt : null;

    /// <summary>Stops the run for a reason of its own: the cases left are not started.</summary>
    public void Abort(string reason)
    {
        Interlocked.CompareExchange(ref _abortReason, reason, null);
        Stop.Cancel();
    }
}
