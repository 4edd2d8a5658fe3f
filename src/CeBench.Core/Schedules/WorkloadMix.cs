using System.Globalization;

namespace CeBench.Core.Schedules;

/// <summary>Which workload each request sends, in proportion to the workloads' <c>weight:</c>.</summary>
public static class WorkloadMix
{
    /// <summary>
    /// The workload of request <paramref name="index"/>: one draw of <see cref="SeededUniform"/> at that
    /// index, so it never depends on other requests or on how the run is split.
    /// </summary>
    public static int Draw(IReadOnlyList<double> weights, long index, int seed)
    {
        Validate(weights);
        return Pick(weights, weights.Sum(), index, seed);
    }

    /// <summary>Throws <see cref="BadInputException"/> unless there is at least one weight and all are positive and finite.</summary>
    public static void Validate(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0)
        {
            throw new BadInputException("no workloads to send: select at least one workload");
        }

        for (var i = 0; i < weights.Count; i++)
        {
            if (!(double.IsFinite(weights[i]) && weights[i] > 0))
            {
                throw new BadInputException(string.Create(CultureInfo.InvariantCulture,
                    $"workload weight #{i + 1} is {weights[i]}: a workload's weight: header must be a positive number, such as 1 or 0.5"));
            }
        }
    }

    /// <summary><see cref="Draw"/> for weights already validated and summed, once per run rather than per request.</summary>
    internal static int Pick(IReadOnlyList<double> weights, double sum, long index, int seed)
    {
        var remaining = SeededUniform.At(seed, index) * sum;
        for (var i = 0; i < weights.Count - 1; i++)
        {
            remaining -= weights[i];
            if (remaining < 0)
            {
                return i;
            }
        }

        // Also where rounding leaves a sliver after the last but one weight.
        return weights.Count - 1;
    }
}
