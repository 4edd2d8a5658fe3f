using CeBench.Core.Records;
using CeBench.Core.Runs;
using CeBench.Core.Segments;

namespace CeBench.Core.Merging;

/// <summary>One shard's results folder, read and checked to be a shard.</summary>
public sealed record ShardRun(string Directory, RunManifest Manifest, ExecutionSegment Segment, IReadOnlyList<RequestRecord> Records)
{
    public static ShardRun Read(string directory)
    {
        var run = RunFolder.Load(directory);
        if (run.Manifest.Segment is null || run.Manifest.SegmentSequence is null)
        {
            throw new BadInputException($"'{run.Directory}' is not a shard: it was run without --segment");
        }

        var ends = run.Manifest.Segment.Split(':');
        var segment = new ExecutionSegment(Fraction.Parse(ends[0], "segment"), Fraction.Parse(ends[1], "segment"));
        return new ShardRun(run.Directory, run.Manifest, segment, run.Records);
    }
}
