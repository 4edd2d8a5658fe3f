using CeBench.Core;
using CeBench.Core.Schedules;
using CeBench.Core.Segments;

namespace CeBench.Tests.Segments;

public class SegmentTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);
    private static readonly double[] Weights = [3, 1, 0.5];

    public static TheoryData<string, string> PatternsAndSequences()
    {
        var patterns = new[] { "steady", "burst", "ramp-up", "ramp-down", "wave", "sustained" };
        var sequences = new[] { "0,1/2,1", "0,1/3,2/3,1", "0,1/4,1/2,3/4,1", "0,1/4,1/2,1" };
        var data = new TheoryData<string, string>();
        foreach (var p in patterns)
        {
            foreach (var s in sequences)
            {
                data.Add(p, s);
            }
        }

        return data;
    }

    private static LoadPattern Pattern(string name) => name switch
    {
        "steady" => new SteadyPattern(7.5),
        "burst" => new BurstPattern(2, 20, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10)),
        "ramp-up" => new RampPattern(1, 12),
        "ramp-down" => new RampPattern(12, 0.5),
        "wave" => new WavePattern(6, 4, TimeSpan.FromSeconds(20)),
        _ => new SustainedPattern(5, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10)),
    };

    [Theory]
    [MemberData(nameof(PatternsAndSequences))]
    public void The_shards_together_are_exactly_the_unsharded_schedule(string pattern, string sequenceText)
    {
        var sequence = SegmentSequence.Parse(sequenceText);
        foreach (var arrivals in new[] { ArrivalProcess.Uniform, ArrivalProcess.Poisson })
        {
            var whole = Schedule.Build(Pattern(pattern), Duration, arrivals, 17, Weights);

            var shards = Enumerable.Range(0, sequence.SegmentCount).Select(p => SegmentFilter.Apply(whole, sequence, p)).ToArray();

            var union = shards.SelectMany(s => s).OrderBy(r => r.Index).ToArray();
            Assert.Equal(whole, union);
            Assert.Equal(whole.Count, shards.Sum(s => s.Count));
        }
    }

    [Theory]
    [MemberData(nameof(PatternsAndSequences))]
    public void Every_shard_keeps_within_one_request_of_its_share_over_any_window(string pattern, string sequenceText)
    {
        var sequence = SegmentSequence.Parse(sequenceText);
        var whole = Schedule.Build(Pattern(pattern), Duration, ArrivalProcess.Uniform, 17, Weights);
        var random = new Random(3);
        for (var position = 0; position < sequence.SegmentCount; position++)
        {
            var segment = sequence.Segment(position);
            var share = segment.To.Value - segment.From.Value;
            var mine = SegmentFilter.Apply(whole, sequence, position);
            for (var trial = 0; trial < 300; trial++)
            {
                var a = TimeSpan.FromSeconds(random.NextDouble() * Duration.TotalSeconds);
                var b = a + TimeSpan.FromSeconds(random.NextDouble() * (Duration - a).TotalSeconds);
                var all = whole.Count(r => r.Offset >= a && r.Offset < b);
                var own = mine.Count(r => r.Offset >= a && r.Offset < b);
                Assert.True(Math.Abs(own - (share * all)) <= 1 + 1e-9, $"segment {segment}: {own} of {all} requests in [{a}, {b})");
            }
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Equal_shards_take_index_mod_n(int n)
    {
        var sequence = SegmentSequence.Equal(n);

        Assert.All(Enumerable.Range(0, 100), i => Assert.Equal(i % n, sequence.OwnerOf(i)));
    }

    [Fact]
    public void Shard_plans_come_from_segment_or_range_and_sequence()
    {
        var half = ShardPlan.Parse("1/2", null, null)!;
        var ranged = ShardPlan.Parse(null, "1/4:2/4", "0,1/4,1/2,3/4,1")!;
        var defaulted = ShardPlan.Parse(null, "1/4:1/2", null)!;

        Assert.Equal(("1/2:1", "0,1/2,1"), (half.Segment.ToString(), half.Sequence.ToString()));
        Assert.Equal((1, "1/4:1/2"), (ranged.Position, ranged.Segment.ToString()));
        Assert.Equal(("0,1/4,1/2,1", 1), (defaulted.Sequence.ToString(), defaulted.Position));
        Assert.Null(ShardPlan.Parse(null, null, null));
    }

    [Theory]
    [InlineData("2/2", null, null, "--segment '2/2' must be i/n")]
    [InlineData("x", null, null, "--segment 'x' must be i/n")]
    [InlineData("0/2", "0:1/2", null, "--segment i/n stands alone")]
    [InlineData(null, null, "0,1", "--segment-sequence needs --segment-range")]
    [InlineData(null, "1/2", null, "must be from:to")]
    [InlineData(null, "1/3:1/2", "0,1/4,1/2,1", "is not a segment of the sequence")]
    [InlineData(null, "0:1/2", "0,1/2,1/4,1", "boundaries must rise")]
    [InlineData(null, "0:1/2", "1/4,1/2,1", "runs from 0 to 1")]
    [InlineData(null, "0:3/2", null, "is not a fraction between 0 and 1")]
    public void Bad_segments_are_bad_input(string? segment, string? range, string? sequence, string message)
    {
        var e = Assert.Throws<BadInputException>(() => ShardPlan.Parse(segment, range, sequence));

        Assert.Contains(message, e.Message);
    }
}
