using System.Numerics;

namespace CeBench.Core.Segments;

/// <summary>
/// How one run is cut into shards: ascending boundaries from 0 to 1 (k6's execution segment
/// sequence). Request indices are striped over the segments so every shard's share is spread
/// evenly over the whole run: within each cycle of L indices (L the common denominator), index
/// positions go, one by one, to the segment furthest behind its share (ties to the earlier
/// segment). With n equal segments that is exactly index mod n.
/// </summary>
public sealed class SegmentSequence
{
    private readonly int[] _owner;

    public SegmentSequence(IReadOnlyList<Fraction> boundaries)
    {
        if (boundaries.Count < 2 || boundaries[0] != Fraction.Zero || boundaries[^1] != Fraction.One)
        {
            throw new BadInputException("a segment sequence runs from 0 to 1, such as 0,1/4,1/2,3/4,1");
        }

        for (var i = 1; i < boundaries.Count; i++)
        {
            if (boundaries[i] <= boundaries[i - 1])
            {
                throw new BadInputException($"segment sequence boundaries must rise: {boundaries[i - 1]} then {boundaries[i]}");
            }
        }

        Boundaries = boundaries;
        var cycle = boundaries.Aggregate(BigInteger.One, (l, b) => l / BigInteger.GreatestCommonDivisor(l, b.Denominator) * b.Denominator);
        if (cycle > 1_000_000)
        {
            throw new BadInputException($"segment sequence {this} needs a cycle of {cycle} requests; use simpler fractions");
        }

        _owner = Stripe(boundaries, (int)cycle);
    }

    public IReadOnlyList<Fraction> Boundaries { get; }

    public int SegmentCount => Boundaries.Count - 1;

    /// <summary>n equal shares: 0, 1/n, 2/n, ..., 1.</summary>
    public static SegmentSequence Equal(int n) => new(Enumerable.Range(0, n + 1).Select(i => new Fraction(i, n)).ToArray());

    public static SegmentSequence Parse(string text) =>
        new(text.Split(',').Select(b => Fraction.Parse(b, "--segment-sequence boundary")).ToArray());

    public ExecutionSegment Segment(int position) => new(Boundaries[position], Boundaries[position + 1]);

    /// <summary>The position of a segment in the sequence; bad input when it is not one of its segments.</summary>
    public int PositionOf(ExecutionSegment segment)
    {
        for (var i = 0; i < SegmentCount; i++)
        {
            if (Segment(i) == segment)
            {
                return i;
            }
        }

        throw new BadInputException($"segment {segment} is not a segment of the sequence {this}");
    }

    /// <summary>The segment position that owns a global request index.</summary>
    public int OwnerOf(long index) => _owner[index % _owner.Length];

    public override string ToString() => string.Join(',', Boundaries);

    private static int[] Stripe(IReadOnlyList<Fraction> boundaries, int cycle)
    {
        var shares = Enumerable.Range(0, boundaries.Count - 1)
            .Select(i => (double)(boundaries[i + 1].Numerator * (cycle / boundaries[i + 1].Denominator) - (boundaries[i].Numerator * (cycle / boundaries[i].Denominator))))
            .ToArray();
        var given = new long[shares.Length];
        var owner = new int[cycle];
        for (var p = 0; p < cycle; p++)
        {
            var best = 0;
            var bestLag = double.NegativeInfinity;
            for (var s = 0; s < shares.Length; s++)
            {
                var lag = (shares[s] * (p + 1) / cycle) - given[s];
                if (lag > bestLag + 1e-12)
                {
                    best = s;
                    bestLag = lag;
                }
            }

            owner[p] = best;
            given[best]++;
        }

        return owner;
    }
}
