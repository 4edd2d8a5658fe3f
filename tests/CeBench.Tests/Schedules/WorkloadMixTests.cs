using CeBench.Core.Schedules;

namespace CeBench.Tests.Schedules;

public class WorkloadMixTests
{
    [Fact]
    public void Proportions_follow_the_weights_within_binomial_bounds()
    {
        const int n = 20_000;
        double[] weights = [3, 1, 0.5];
        var counts = new int[weights.Length];
        for (long i = 0; i < n; i++)
        {
            counts[WorkloadMix.Draw(weights, i, seed: 9)]++;
        }

        for (var w = 0; w < weights.Length; w++)
        {
            var p = weights[w] / weights.Sum();
            var sd = Math.Sqrt(n * p * (1 - p));
            Assert.InRange(counts[w], (n * p) - (4 * sd), (n * p) + (4 * sd));
        }
    }

    [Fact]
    public void The_draw_of_an_index_does_not_depend_on_other_draws()
    {
        double[] weights = [1, 1, 1, 1];
        var inOrder = Enumerable.Range(0, 1000).Select(i => WorkloadMix.Draw(weights, i, seed: 4)).ToList();
        var backwards = Enumerable.Range(0, 1000).Reverse().Select(i => WorkloadMix.Draw(weights, i, seed: 4)).Reverse().ToList();

        Assert.Equal(inOrder, backwards);
        Assert.Equal(inOrder[500], WorkloadMix.Draw(weights, 500, seed: 4));
        Assert.Equal(4, inOrder.Distinct().Count());
    }

    [Fact]
    public void Another_seed_gives_another_mix_and_one_workload_always_gets_everything()
    {
        double[] weights = [1, 2];
        var a = Enumerable.Range(0, 200).Select(i => WorkloadMix.Draw(weights, i, seed: 1));
        var b = Enumerable.Range(0, 200).Select(i => WorkloadMix.Draw(weights, i, seed: 2));

        Assert.NotEqual(a, b);
        Assert.All(Enumerable.Range(0, 200), i => Assert.Equal(0, WorkloadMix.Draw([0.25], i, seed: 1)));
    }

    public static TheoryData<double[], string> BadWeights() => new()
    {
        { [], "no workloads" },
        { [1, 0], "weight #2 is 0" },
        { [-1], "weight #1 is -1" },
        { [1, double.NaN], "weight #2 is NaN" },
        { [double.PositiveInfinity], "weight #1 is Infinity" },
    };

    [Theory]
    [MemberData(nameof(BadWeights))]
    public void Bad_weights_are_bad_input_naming_the_weight(double[] weights, string expected)
    {
        var e = Assert.Throws<CeBench.Core.BadInputException>(() => WorkloadMix.Draw(weights, 0, seed: 1));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
