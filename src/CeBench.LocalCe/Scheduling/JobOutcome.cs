using CeBench.LocalCe.Backends;

namespace CeBench.LocalCe.Scheduling;

/// <summary>
/// What the pool did with a job: compiled it, or found it stale when a worker got to it.
/// <see cref="StartOrder"/> counts the jobs workers took, from 0, so tests can see the policy's order.
/// </summary>
public sealed record JobOutcome(BackendResult? Result, double QueueTimeMs, int Worker, long StartOrder)
{
    public bool Stale => Result is null;
}
