using CeBench.Core.Schedules;

namespace CeBench.Tests.Schedules;

public class SeededUniformTests
{
    [Fact]
    public void Values_are_the_splitmix64_stream_of_the_mixed_seed_so_every_machine_agrees()
    {
        // Computed by an independent step-by-step splitmix64 (state += golden; mix) in Python.
        Assert.Equal(0.8833108082136426, SeededUniform.At(0, 0));
        Assert.Equal(0.15289334222649975, SeededUniform.At(42, 7));
        Assert.Equal(0.21614837616462668, SeededUniform.At(-1, 1_000_000));
    }

    [Fact]
    public void Values_are_in_zero_to_one_and_roughly_uniform()
    {
        const int n = 100_000;
        const int buckets = 10;
        var counts = new int[buckets];
        foreach (var seed in new[] { int.MinValue, -7, 0, 1, int.MaxValue })
        {
            Array.Clear(counts);
            var sum = 0.0;
            for (long i = 0; i < n; i++)
            {
                var u = SeededUniform.At(seed, i);
                Assert.InRange(u, 0, Math.BitDecrement(1.0));
                counts[(int)(u * buckets)]++;
                sum += u;
            }

            var sd = Math.Sqrt(n * 0.1 * 0.9);
            Assert.All(counts, c => Assert.InRange(c, (n / buckets) - (4 * sd), (n / buckets) + (4 * sd)));
            // The mean of n uniforms has standard deviation sqrt(1/12n).
            Assert.InRange(sum / n, 0.5 - (4 * Math.Sqrt(1.0 / (12 * n))), 0.5 + (4 * Math.Sqrt(1.0 / (12 * n))));
        }
    }

    [Fact]
    public void Neighbouring_seeds_and_indices_give_different_values()
    {
        var values = new HashSet<double>();
        for (var seed = 0; seed < 100; seed++)
        {
            for (long i = 0; i < 100; i++)
            {
                values.Add(SeededUniform.At(seed, i));
            }
        }

        Assert.Equal(10_000, values.Count);
    }
}
