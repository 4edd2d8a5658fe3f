using CeBench.Core.Requests;
using CeBench.Core.Schedules;

namespace CeBench.Core.Driver;

/// <summary>What the driver replays: the schedule, the prepared request of each workload index, and the in-flight cap.</summary>
public sealed record DriverPlan(IReadOnlyList<ScheduledRequest> Schedule, IReadOnlyList<PreparedCompileRequest> Requests, int MaxInFlight)
{
    public int MaxInFlight { get; init; } = MaxInFlight > 0
        ? MaxInFlight
        : throw new BadInputException($"--max-in-flight must be at least 1, not {MaxInFlight}");
}
