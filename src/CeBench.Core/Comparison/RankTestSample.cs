using Perfolizer.Horology;
using Pragmastat;

namespace CeBench.Core.Comparison;

/// <summary>
/// The sample a side hands to Perfolizer's Mann-Whitney and equivalence tests. Perfolizer 0.6.1's
/// Mann-Whitney uses an Edgeworth approximation above 65 values in all, whose moments are computed
/// in 32-bit integers: once 5 n m (n + m) passes 2^31 (599 values a side) its p-values go wrong,
/// and above about 1,000 a side they are NaN. Larger sides are therefore tested on a seeded
/// random subsample of <see cref="MaxSize"/> values: still an independent sample of the same
/// latencies, so the tests stay valid, only less powerful. Quantiles, shift and ratio use every value.
/// </summary>
public static class RankTestSample
{
    public const int MaxSize = 500;

    /// <summary>In milliseconds, so that an absolute threshold such as 50ms applies in the right unit.</summary>
    public static Sample Of(IReadOnlyList<double> latenciesMs, int seed)
    {
        var values = latenciesMs.ToArray();
        if (values.Length > MaxSize)
        {
            // Fixed seed: the same two runs always get the same verdict.
            new Random(seed).Shuffle(values);
            values = values[..MaxSize];
        }

        return new Sample(values, TimeUnit.Millisecond);
    }
}
