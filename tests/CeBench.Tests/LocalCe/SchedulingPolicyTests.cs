using CeBench.Core.Requests;
using CeBench.Core.Workloads;
using CeBench.LocalCe.Api;
using CeBench.LocalCe.Backends;
using CeBench.LocalCe.Catalog;
using CeBench.LocalCe.Hosting;
using CeBench.LocalCe.Scheduling;

namespace CeBench.Tests.LocalCe;

/// <summary>
/// Two long jobs (Boost) submitted before two short ones, all waiting before the workers start.
/// Assertions are on order and on the reported queue and compile times, never on the wall clock.
/// </summary>
public class SchedulingPolicyTests
{
    private static readonly string[] Batch = ["long1", "long2", "short1", "short2"];

    private static async Task<Dictionary<string, JobOutcome>> RunBatchAsync(string policy)
    {
        await using var services = new LocalCeServices(new LocalCeOptions { Policy = policy, TimeScale = 0.05, Seed = 11 });
        var workloads = WorkloadCatalog.Load(RepoPaths.Workloads);
        var pending = new Dictionary<string, Task<JobOutcome>>();
        var sequence = 0;
        foreach (var name in Batch)
        {
            var workload = workloads[name.StartsWith("long", StringComparison.Ordinal) ? "boost_heavy" : "minimal"];
            var body = CompileRequestBuilder.BuildBody(workload, new CompileRunOptions());
            var (job, _, _) = CompileJobFactory.Create(++sequence, LocalCeCatalog.Default.Compilers[0], body, LocalCeCatalog.Default);
            pending[name] = services.Pool.TryEnqueue(job!)!;
        }

        services.Pool.Start();
        await Task.WhenAll(pending.Values).WaitAsync(TimeSpan.FromSeconds(30));
        return pending.ToDictionary(p => p.Key, p => p.Value.Result);
    }

    private static long[] Order(Dictionary<string, JobOutcome> run, params string[] names) =>
        names.Select(n => run[n].StartOrder).Order().ToArray();

    [Fact]
    public async Task Fifo_makes_short_jobs_wait_behind_long_ones()
    {
        var run = await RunBatchAsync("fifo");

        Assert.Equal([0L, 1L], Order(run, "long1", "long2"));
        Assert.Equal([2L, 3L], Order(run, "short1", "short2"));
        var shortestLong = Math.Min(run["long1"].Result!.ExecTimeMs, run["long2"].Result!.ExecTimeMs);
        Assert.All(new[] { "short1", "short2" }, s => Assert.True(
            run[s].QueueTimeMs >= shortestLong * 0.95,
            $"{s} waited {run[s].QueueTimeMs} ms, less than a long compile ({shortestLong} ms)"));
    }

    [Fact]
    public async Task Shortest_expected_first_runs_short_jobs_before_long_ones()
    {
        var run = await RunBatchAsync("sjf");

        Assert.Equal([0L, 1L], Order(run, "short1", "short2"));
        Assert.Equal([2L, 3L], Order(run, "long1", "long2"));
        var shortestLong = Math.Min(run["long1"].Result!.ExecTimeMs, run["long2"].Result!.ExecTimeMs);
        Assert.All(new[] { "short1", "short2" }, s => Assert.True(run[s].QueueTimeMs < shortestLong));
    }

    [Fact]
    public async Task Lanes_keep_a_worker_for_short_jobs()
    {
        var run = await RunBatchAsync("lanes");

        Assert.Equal(0, run["short1"].Worker);
        Assert.Equal(0, run["short2"].Worker);
        Assert.Equal([1, 1], new[] { run["long1"].Worker, run["long2"].Worker });
        Assert.True(run["short2"].StartOrder < run["long2"].StartOrder, "short2 should not wait for the second long job");
        Assert.True(run["short1"].QueueTimeMs < run["long1"].Result!.ExecTimeMs);
    }

    [Fact]
    public async Task Every_policy_does_the_same_total_work()
    {
        var totals = new List<double>();
        foreach (var policy in new[] { "fifo", "sjf", "lanes" })
        {
            var run = await RunBatchAsync(policy);
            Assert.Equal(4, run.Count);
            Assert.All(run.Values, o => Assert.Equal(0, o.Result!.Code));
            totals.Add(run.Values.Sum(o => o.Result!.ExecTimeMs));
        }

        Assert.Equal(totals[0], totals[1], 6);
        Assert.Equal(totals[0], totals[2], 6);
    }

    [Fact]
    public void The_estimator_starts_from_the_cost_table_and_learns_each_shape()
    {
        var estimator = new CostEstimator(new CostTable(), timeScale: 1, learningRate: 0.5);
        var compiler = LocalCeCatalog.Default.Compilers[0];
        var job = new CompileJob { Sequence = 1, Compiler = compiler, Source = "int x;", Shape = JobShape.Of("g151", [], "int x;", "") };
        var other = job with { Source = "int y;", Shape = JobShape.Of("g151", [], "int y;", "") };
        var prior = estimator.ExpectedMs(job);

        estimator.Learn(job.Shape, 1000);
        estimator.Learn(job.Shape, 2000);

        Assert.Equal(new CostTable().EstimateMs(job), prior);
        Assert.Equal(1500, estimator.ExpectedMs(job));
        Assert.Equal(new CostTable().EstimateMs(other), estimator.ExpectedMs(other));
    }
}
