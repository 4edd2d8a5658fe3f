using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace CeBench.Tests.Comparison;

/// <summary>Seeded log-normal latency samples, as compile latencies are roughly distributed.</summary>
public static class Latencies
{
    /// <summary>n latencies in ms with median 200 ms and log-sd 0.4, times <paramref name="scale"/>.</summary>
    public static double[] LogNormal(int n, int seed, double scale = 1) =>
        new LogNormalDistribution(Math.Log(200), 0.4).Random(new Random(seed)).Next(n).Select(v => v * scale).ToArray();
}
