using System.Globalization;
using CeBench.Core.Client;
using CeBench.Core.Records;
using CeBench.Core.Runs;
using CeBench.Core.Segments;
using CeBench.Tests.Fakes;
using CeBench.Tests.LocalCe;

namespace CeBench.Tests.Merging;

[Collection(TimingSensitive.Name)]
public sealed class MergeTests : TempDirectoryTest
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Two_shards_with_one_start_merge_into_the_unsharded_runs_requests()
    {
        // Compile times well above the client's own noise, and workers enough that nothing queues: both runs see one service.
        await using var target = await LocalTargets.StartAsync(LocalTargets.Fast with { TimeScale = 0.1, Workers = 4 });
        string[] Plan(string label, params string[] extra) =>
        [
            "--filter", "*Mixed*", "--scenarios", "minimal,simple", "--rps", "20", "--duration", "3s", "--seed", "7",
            "--endpoint", target.BaseUri.AbsoluteUri, "--results", TempDir, "--label", label, .. extra,
        ];

        // A first run warms the target up (JIT, connections), so neither compared run pays for that alone.
        await DotnetProcess.RunAsync("CeBench.Bench.dll", Plan("warmup"), Limit);
        var whole = await DotnetProcess.RunAsync("CeBench.Bench.dll", Plan("whole"), Limit);
        var startAt = DateTimeOffset.UtcNow.AddSeconds(8).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var shards = await Task.WhenAll(
            DotnetProcess.RunAsync("CeBench.Bench.dll", Plan("shard0", "--segment", "0/2", "--start-at", startAt), Limit),
            DotnetProcess.RunAsync("CeBench.Bench.dll", Plan("shard1", "--segment", "1/2", "--start-at", startAt), Limit));
        var merge = await DotnetProcess.RunAsync(
            "CeBench.Bench.dll", ["merge", Path.Combine(TempDir, "shard0"), Path.Combine(TempDir, "shard1"), "--out", Path.Combine(TempDir, "merged")], Limit);

        Assert.All(shards.Append(whole).Append(merge), o => Assert.True(o.ExitCode == 0, o.Stdout + o.Stderr));
        var unsharded = RequestCsv.Read(Path.Combine(TempDir, "whole", RequestCsv.FileName));
        var merged = RequestCsv.Read(Path.Combine(TempDir, "merged", RequestCsv.FileName));
        Assert.Equal(60, unsharded.Count);
        Assert.Equal(unsharded.Count, merged.Count);
        Assert.Equal(unsharded.OrderBy(r => r.Index).Select(r => (r.Index, r.Workload, r.IntendedMs)), merged.Select(r => (r.Index, r.Workload, r.IntendedMs)));
        Assert.All(merged, r => Assert.Equal(Outcome.Ok, r.Outcome));
        var manifest = RunManifest.Read(Path.Combine(TempDir, "merged"));
        Assert.Equal(2, manifest.Shards!.Count);
        Assert.Equal(60, manifest.Scheduled);
        var series = TimeSeries.ReadCsv(Path.Combine(TempDir, "merged", TimeSeries.FileName));
        Assert.Equal(60, series.Sum(r => r.Scheduled));
        var histograms = LatencyHistograms.ReadLog(Path.Combine(TempDir, "merged", RunRecorder.HistogramFolder, "Mixed.hlog"));
        Assert.Equal(60, histograms.Workloads.Sum(w => histograms.Get(w)!.TotalCount));
        Assert.True(File.Exists(Path.Combine(TempDir, "merged", "summary.md")));
        Assert.True(File.Exists(Path.Combine(TempDir, "merged", "report.html")));

        var compare = await DotnetProcess.RunAsync("CeBench.Bench.dll", ["compare", Path.Combine(TempDir, "whole"), Path.Combine(TempDir, "merged")], Limit);
        Assert.True(compare.ExitCode == 0, compare.Stdout + compare.Stderr);
        var verdicts = File.ReadAllLines(Path.Combine(TempDir, "compare-whole-vs-merged", "compare.csv")).Skip(1).Select(l => l.Split(',')[35]).ToArray();
        Assert.True(verdicts.SequenceEqual(["same", "same", "same"]), compare.Stdout);
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { "mismatch", "the shards are not of one plan: seed is '1'" },
        { "missing", "segment(s) 2/3:1 of 0,1/3,2/3,1 are missing" },
        { "duplicate", "segment 0:1/3 is given twice" },
        { "unsharded", "is not a shard: it was run without --segment" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Merge_refuses_shards_that_do_not_make_one_run(string problem, string message)
    {
        var sequence = SegmentSequence.Equal(3);
        var parts = problem switch
        {
            "mismatch" => [await Shard("a", sequence, 0), await Shard("b", sequence, 1), await Shard("c", sequence, 2, seed: 2)],
            "missing" => [await Shard("a", sequence, 0), await Shard("b", sequence, 1)],
            "duplicate" => [await Shard("a", sequence, 0), await Shard("b", sequence, 0), await Shard("c", sequence, 1), await Shard("d", sequence, 2)],
            _ => new[] { await Shard("a", sequence, 0), await Shard("b", null, 0) },
        };

        var output = await DotnetProcess.RunAsync("CeBench.Bench.dll", ["merge", .. parts, "--out", Path.Combine(TempDir, "out")], Limit);

        Assert.Equal(2, output.ExitCode);
        Assert.Contains(message, output.Stderr);
        Assert.False(Directory.Exists(Path.Combine(TempDir, "out")));
    }

    /// <summary>A shard's folder as a run writes it: the requests its segment owns, run.json saying which segment.</summary>
    private async Task<string> Shard(string name, SegmentSequence? sequence, int position, int seed = 1)
    {
        var folder = Path.Combine(TempDir, name);
        await using (var recorder = new RunRecorder(folder, "Mixed"))
        {
            foreach (var i in Enumerable.Range(0, 30).Where(i => sequence is null || sequence.OwnerOf(i) == position))
            {
                recorder.Add(new RequestRecord
                {
                    Index = i, Workload = "minimal", IntendedMs = i * 100, SentMs = i * 100, DoneMs = (i * 100) + 50, LatencyMs = 50,
                    Outcome = Outcome.Ok, Expected = true, Attempts = 1, HttpStatus = 200,
                });
            }
        }

        new RunManifest
        {
            Label = name, Endpoint = "local", TargetUrl = "http://127.0.0.1:1", Pattern = "steady", PatternParameters = "steady 10 rps",
            DurationSeconds = 3, Arrivals = "uniform", Seed = seed, Workloads = ["minimal"], MaxInFlight = 10, TimeoutSeconds = 90, Retries = 2,
            UserAgent = "t", Arguments = [], Versions = new Dictionary<string, string>(), StartedUtc = DateTimeOffset.UnixEpoch, Complete = true,
            Segment = sequence?.Segment(position).ToString(), SegmentSequence = sequence?.ToString(),
        }.Write(folder);
        return folder;
    }
}
