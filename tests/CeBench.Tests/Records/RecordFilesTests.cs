using CeBench.Core.Client;
using CeBench.Core.Records;
using CeBench.Tests.Fakes;

namespace CeBench.Tests.Records;

public sealed class RecordFilesTests : TempDirectoryTest
{
    private static RequestRecord Record(long index, Outcome outcome, double intended, double? sent, double done, bool expected = true) => new()
    {
        Index = index,
        Workload = "w",
        IntendedMs = intended,
        SentMs = sent,
        DoneMs = done,
        LatencyMs = done - intended,
        Outcome = outcome,
        Expected = expected,
        Detail = "a, \"quoted\"\nline",
        HttpStatus = sent is null ? null : 200,
    };

    [Fact]
    public async Task Records_round_trip_through_requests_csv_and_appends_keep_one_header()
    {
        var path = Path.Combine(TempDir, RequestCsv.FileName);
        await using (var first = new RunRecorder(TempDir, "a"))
        {
            first.Add(Record(0, Outcome.Ok, 0, 1.5, 120.25));
            first.Add(Record(1, Outcome.Dropped, 10, null, 10, expected: false));
        }

        await using (var second = new RunRecorder(TempDir, "b"))
        {
            second.Add(Record(0, Outcome.ServerTimeout, 0, 0.5, 60_000, expected: false));
        }

        var records = RequestCsv.Read(path);

        Assert.Equal(["a", "a", "b"], records.Select(r => r.Case));
        Assert.Equal(Record(0, Outcome.Ok, 0, 1.5, 120.25) with { Case = "a" }, records[0]);
        Assert.Null(records[1].SentMs);
        Assert.Equal(Outcome.ServerTimeout, records[2].Outcome);
        Assert.Single(File.ReadLines(path), l => l.StartsWith("case,", StringComparison.Ordinal));
        Assert.Contains("server-timeout", File.ReadAllText(path));
    }

    [Fact]
    public void The_time_series_counts_per_second_and_derives_in_flight()
    {
        var series = new TimeSeries();
        foreach (var intended in new[] { 0.0, 500, 1000, 1500 })
        {
            series.Scheduled(intended);
        }

        series.Add(Record(0, Outcome.Ok, 0, 1, 2500));
        series.Add(Record(1, Outcome.HttpError, 500, 501, 1200, expected: false));
        series.Add(Record(2, Outcome.Ok, 1000, 1001, 1100));
        series.Add(Record(3, Outcome.Dropped, 1500, null, 1500, expected: false));

        var rows = series.Rows("c");

        Assert.Equal(
            [
                new TimeSeriesRow("c", 0, 2, 2, 0, 0, 0, 2),
                new TimeSeriesRow("c", 1, 2, 1, 1, 1, 1, 1),
                new TimeSeriesRow("c", 2, 0, 0, 1, 0, 0, 0),
            ],
            rows);
    }

    [Fact]
    public void Histograms_and_live_counters_see_only_what_they_should()
    {
        var histograms = new LatencyHistograms();
        histograms.Record("a", 100);
        histograms.Record("a", 300);
        var live = new LiveCounters();
        live.Add(Record(0, Outcome.Ok, 0, 1, 1000));
        live.Add(Record(1, Outcome.Ok, 0, 1, 1200));
        live.Add(Record(2, Outcome.HttpError, 0, 1, 1300, expected: false));
        live.Add(Record(3, Outcome.Dropped, 0, null, 0, expected: false));

        Assert.Equal(2, histograms.Get("a")!.TotalCount);
        Assert.Null(histograms.Get("b"));
        Assert.Equal((3L, 2L, 1L, 1L), (live.Sent, live.Completed, live.Failed, live.Dropped));
        Assert.InRange(live.RecentP95(2000)!.Value, 1150, 1250);
        Assert.Null(live.RecentP95(60_000));
    }

    [Fact]
    public async Task Histograms_are_written_per_case_and_add_up_when_read_back()
    {
        await using (var recorder = new RunRecorder(TempDir, "c"))
        {
            recorder.Add(Record(0, Outcome.Ok, 0, 1, 100));
            recorder.Add(Record(1, Outcome.Ok, 0, 1, 300));
        }

        var path = Path.Combine(TempDir, RunRecorder.HistogramFolder, "c.hlog");
        var once = LatencyHistograms.ReadLog(path);
        var twice = LatencyHistograms.ReadLog(path);
        twice.Add("w", once.Get("w")!);

        Assert.Equal(["w"], once.Workloads);
        Assert.Equal(2, once.Get("w")!.TotalCount);
        Assert.Equal(4, twice.Get("w")!.TotalCount);
        Assert.Equal(once.Get("w")!.GetValueAtPercentile(99), twice.Get("w")!.GetValueAtPercentile(99));
    }
}
