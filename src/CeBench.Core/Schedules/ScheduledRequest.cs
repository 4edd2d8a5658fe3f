namespace CeBench.Core.Schedules;

/// <summary>One request of a run: when it should start and which workload it sends.</summary>
/// <param name="Index">0-based, in time order.</param>
/// <param name="Offset">The intended start, from the run's start.</param>
/// <param name="WorkloadIndex">An index into the run's workload list (and its weights).</param>
public readonly record struct ScheduledRequest(long Index, TimeSpan Offset, int WorkloadIndex);
