namespace CeBench.Core.Segments;

/// <summary>This process's share of a sharded run: a sequence and the position of its segment in it.</summary>
public sealed record ShardPlan(SegmentSequence Sequence, int Position)
{
    public ExecutionSegment Segment => Sequence.Segment(Position);

    /// <summary>
    /// From <c>--segment i/n</c>, or <c>--segment-range a:b</c> with an optional
    /// <c>--segment-sequence</c> (default 0,a,b,1 without repeats); null when neither is given.
    /// </summary>
    public static ShardPlan? Parse(string? segment, string? range, string? sequence)
    {
        if (segment is not null)
        {
            if (range is not null || sequence is not null)
            {
                throw new BadInputException("--segment i/n stands alone: use either it or --segment-range with --segment-sequence");
            }

            var parts = segment.Split('/');
            if (parts.Length != 2 || !int.TryParse(parts[0], out var i) || !int.TryParse(parts[1], out var n) || n < 1 || i < 0 || i >= n)
            {
                throw new BadInputException($"--segment '{segment}' must be i/n with 0 <= i < n, such as 0/2 (the first of two shards)");
            }

            return new ShardPlan(SegmentSequence.Equal(n), i);
        }

        if (range is null)
        {
            return sequence is null ? null : throw new BadInputException("--segment-sequence needs --segment-range to say which segment this process runs");
        }

        var ends = range.Split(':');
        if (ends.Length != 2)
        {
            throw new BadInputException($"--segment-range '{range}' must be from:to, such as 1/4:2/4");
        }

        var segmentRange = new ExecutionSegment(Fraction.Parse(ends[0], "--segment-range"), Fraction.Parse(ends[1], "--segment-range"));
        var parsed = sequence is not null
            ? SegmentSequence.Parse(sequence)
            : new SegmentSequence(new[] { Fraction.Zero, segmentRange.From, segmentRange.To, Fraction.One }.Distinct().ToArray());
        return new ShardPlan(parsed, parsed.PositionOf(segmentRange));
    }
}
