using CeBench.Core.Schedules;

namespace CeBench.Core.Segments;

/// <summary>A shard's part of the global schedule: the requests its segment owns, with their global indices.</summary>
public static class SegmentFilter
{
    public static IReadOnlyList<ScheduledRequest> Apply(IReadOnlyList<ScheduledRequest> schedule, SegmentSequence sequence, int position) =>
        schedule.Where(r => sequence.OwnerOf(r.Index) == position).ToArray();
}
