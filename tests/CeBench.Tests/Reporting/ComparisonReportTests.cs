using System.Globalization;
using CeBench.Core.Analysis;
using CeBench.Core.Comparison;
using CeBench.Reporting;
using CeBench.Tests.Fakes;

namespace CeBench.Tests.Reporting;

public sealed class ComparisonReportTests : TempDirectoryTest
{
    [Fact]
    public async Task A_comparison_is_one_offline_file_next_to_the_after_run_with_an_overlay_and_a_shift_plot_per_workload()
    {
        await GeneratedRun.WriteAsync(Path.Combine(TempDir, "fifo"), seed: 1);
        await GeneratedRun.WriteAsync(Path.Combine(TempDir, "sjf"), seed: 2, scale: 1.3);
        var before = RunData.Load(Path.Combine(TempDir, "fifo"), GeneratedRun.Workloads);
        var after = RunData.Load(Path.Combine(TempDir, "sjf"), GeneratedRun.Workloads);

        var verdicts = RunComparer.Compare(ComparedRun.Load(Path.Combine(TempDir, "fifo")), ComparedRun.Load(Path.Combine(TempDir, "sjf")), new ComparisonSettings());

        var path = ComparisonReport.Write(before, after, verdicts);

        Assert.Equal(Path.Combine(TempDir, "compare-fifo-vs-sjf", RunReport.FileName), path);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
        var html = new ReportHtml(await File.ReadAllTextAsync(path));
        RunReportTests.AssertOffline(html.Text);
        var figures = html.Figures();
        var compared = GeneratedRun.Cases.SelectMany(c => c.Workloads.Select(w => $"{c.Case} / {w}")).ToArray();
        Assert.Equal(4, compared.Length);
        foreach (var subject in compared)
        {
            foreach (var kind in ChartKinds.PerComparedWorkload)
            {
                RunReportTests.AssertPng(Assert.Single(figures, f => f.Kind == kind && f.Subject == subject && f.Run is null).Png);
            }
        }

        // The verdict table is compare's, row for row.
        Assert.Equal(verdicts.Rows.Select(r => ComparisonTable.Cells(r, verdicts.Settings).ToArray()), html.Table("verdicts"));

        // Each run's own summary and charts follow, marked as before and after.
        foreach (var run in new[] { "before", "after" })
        {
            Assert.Equal(GeneratedRun.Cases.Length * ChartKinds.PerCase.Count, figures.Count(f => f.Run == run));
            Assert.NotEmpty(html.Table($"summary-{run}"));
        }
    }

    [Fact]
    public async Task The_comparison_table_holds_both_runs_harrell_davis_quantiles_and_the_p50_ratio()
    {
        var beforeRecords = await GeneratedRun.WriteAsync(Path.Combine(TempDir, "a"), seed: 3);
        var afterRecords = await GeneratedRun.WriteAsync(Path.Combine(TempDir, "b"), seed: 4, scale: 1.3);

        var html = new ReportHtml(ComparisonReport.Html(
            RunData.Load(Path.Combine(TempDir, "a"), GeneratedRun.Workloads), RunData.Load(Path.Combine(TempDir, "b"), GeneratedRun.Workloads),
            RunComparer.Compare(ComparedRun.Load(Path.Combine(TempDir, "a")), ComparedRun.Load(Path.Combine(TempDir, "b")), new ComparisonSettings())));

        var table = html.Table("comparison");
        var expected = GeneratedRun.Cases.SelectMany(c => c.Workloads.Order(StringComparer.Ordinal).Select(w => (c.Case, Workload: w))).ToArray();
        Assert.Equal(expected.Select(e => new[] { e.Case, e.Workload }), table.Select(row => row[..2]));
        foreach (var row in table)
        {
            double[] Latencies(IEnumerable<Core.Records.RequestRecord> records) =>
                records.Where(r => r.Case == row[0] && r.Workload == row[1] && r.Expected).Select(r => r.LatencyMs).ToArray();
            var b = Latencies(beforeRecords);
            var a = Latencies(afterRecords);
            Assert.Equal(Int(b.Length), row[2]);
            Assert.Equal(Int(a.Length), row[3]);
            Assert.Equal([Ms(b, 0.5), Ms(a, 0.5), Ms(b, 0.95), Ms(a, 0.95), Ms(b, 0.99), Ms(a, 0.99)], row[4..10]);
            var ratio = Quantiles.HarrellDavis(a, 0.5)!.Value / Quantiles.HarrellDavis(b, 0.5)!.Value;
            Assert.Equal(ratio.ToString("0.###", CultureInfo.InvariantCulture), row[10]);
            Assert.InRange(ratio, 1.1, 1.6);
        }
    }

    [Fact]
    public void A_decile_shift_of_a_sample_scaled_by_1_3_is_three_tenths_of_each_decile_inside_its_band()
    {
        var random = new Random(7);
        var before = Enumerable.Range(0, 200).Select(_ => 100 * Math.Exp(0.5 * random.NextDouble())).ToArray();
        var after = before.Select(x => x * 1.3).ToArray();

        var shifts = DecileShift.Compute(before, after);

        Assert.Equal(Enumerable.Range(1, 9).Select(d => d / 10.0), shifts.Select(s => s.Probability));
        Assert.All(shifts, s =>
        {
            // Harrell-Davis is a weighted sum of order statistics: scaling the sample scales each quantile.
            Assert.Equal(0.3 * Quantiles.HarrellDavis(before, s.Probability)!.Value, s.Shift, 6);
            Assert.InRange(s.Shift, s.Lower, s.Upper);
            Assert.True(s.Lower > 0, "a 30 % shift of 200 samples is clear at every decile");
        });
        Assert.Empty(DecileShift.Compute([1.0], after));
    }

    private static string Ms(double[] values, double p) => Quantiles.HarrellDavis(values, p)!.Value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
