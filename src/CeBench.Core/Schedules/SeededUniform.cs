namespace CeBench.Core.Schedules;

/// <summary>
/// A uniform draw per (seed, index) that is the same in every process and on every machine, so the
/// draw for request i does not depend on how a run is split into shards or on what came before it.
/// </summary>
public static class SeededUniform
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>
    /// A value in [0, 1): the <paramref name="index"/>-th output of splitmix64 started from the mixed
    /// seed (splitmix64 can jump to any position, unlike <see cref="Random"/>; HashCode would differ
    /// per process).
    /// </summary>
    public static double At(int seed, long index)
    {
        var state = unchecked(Mix((ulong)(long)seed) + (((ulong)index + 1) * Golden));
        // The top 53 bits fill a double's mantissa exactly: the largest value is 1 - 2^-53.
        return (Mix(state) >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
