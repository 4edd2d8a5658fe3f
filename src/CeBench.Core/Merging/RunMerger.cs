using CeBench.Core.Analysis;
using CeBench.Core.Records;
using CeBench.Core.Runs;
using CeBench.Core.Segments;
using CeBench.Core.Workloads;

namespace CeBench.Core.Merging;

/// <summary>
/// Puts the shards of one sharded run back together: checks they belong together and cover the
/// schedule exactly once, then concatenates records by global index and adds time series and
/// histograms. Percentiles are never averaged: the summary is computed again from the records.
/// </summary>
public static class RunMerger
{
    public static async Task<IReadOnlyList<WorkloadStats>> MergeAsync(IReadOnlyList<string> shardDirectories, string outDirectory, IReadOnlyDictionary<string, Workload> workloads)
    {
        if (shardDirectories.Count < 2)
        {
            throw new BadInputException("merge needs the results folders of at least two shards");
        }

        var shards = shardDirectories.Select(ShardRun.Read).ToArray();
        RequireSamePlan(shards);
        var sequence = SegmentSequence.Parse(shards[0].Manifest.SegmentSequence!);
        RequireExactCoverage(shards, sequence);

        var records = shards.SelectMany(s => s.Records).OrderBy(r => r.Case, StringComparer.Ordinal).ThenBy(r => r.Index).ToArray();
        var duplicate = records.GroupBy(r => (r.Case, r.Index)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new BadInputException($"request {duplicate.Key.Index} of case {duplicate.Key.Case} is in more than one shard");
        }

        var output = CreateOutput(outDirectory);
        await using (var writer = new RequestCsvWriter(Path.Combine(output, RequestCsv.FileName)))
        {
            foreach (var record in records)
            {
                writer.Add(record);
            }
        }

        MergeTimeSeries(shards, output);
        MergeHistograms(shards, output);

        var first = shards[0].Manifest;
        var duration = TimeSpan.FromSeconds(first.DurationSeconds);
        var warmup = TimeSpan.FromSeconds(first.WarmupSeconds);
        var rows = records.GroupBy(r => r.Case, StringComparer.Ordinal)
            .SelectMany(g => RunSummarizer.Summarize(g.Key, g.ToArray(), duration, workloads, warmup))
            .ToArray();
        SummaryTable.WriteCsv(rows, Path.Combine(output, SummaryTable.CsvFileName));
        File.WriteAllText(Path.Combine(output, SummaryTable.MarkdownFileName), SummaryTable.ToMarkdown(rows));
        (first with
        {
            Label = Path.GetFileName(output),
            TargetUrl = string.Join(' ', shards.Select(s => s.Manifest.TargetUrl).Distinct()),
            Segment = null,
            Shards = shards.Select(s => s.Directory).ToArray(),
            StartedUtc = shards.Min(s => s.Manifest.StartedUtc),
            EndedUtc = shards.Max(s => s.Manifest.EndedUtc),
            Complete = shards.All(s => s.Manifest.Complete),
            Note = shards.All(s => s.Manifest.Complete) ? null : "merged from shards of which at least one did not complete",
            Scheduled = records.Length,
            Outcomes = records.GroupBy(r => Client.OutcomeNames.ToWireName(r.Outcome)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count()),
            Cases = records.Select(r => r.Case).Distinct().ToArray(),
        }).Write(output);
        return rows;
    }

    private static void RequireSamePlan(ShardRun[] shards)
    {
        var checks = new (string Name, Func<RunManifest, string> Value)[]
        {
            ("pattern", m => m.PatternParameters),
            ("duration", m => m.DurationSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("arrivals", m => m.Arrivals),
            ("seed", m => m.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("compiler", m => m.Compiler ?? "(workload headers)"),
            ("workloads", m => string.Join(',', m.Workloads)),
            ("segment sequence", m => m.SegmentSequence ?? ""),
        };
        foreach (var (name, value) in checks)
        {
            var expected = value(shards[0].Manifest);
            var other = shards.FirstOrDefault(s => value(s.Manifest) != expected);
            if (other is not null)
            {
                throw new BadInputException(
                    $"the shards are not of one plan: {name} is '{expected}' in {shards[0].Directory} but '{value(other.Manifest)}' in {other.Directory}");
            }
        }
    }

    private static void RequireExactCoverage(ShardRun[] shards, SegmentSequence sequence)
    {
        var byPosition = shards.GroupBy(s => sequence.PositionOf(s.Segment)).ToDictionary(g => g.Key, g => g.ToArray());
        var twice = byPosition.Values.FirstOrDefault(g => g.Length > 1);
        if (twice is not null)
        {
            throw new BadInputException($"segment {twice[0].Segment} is given twice: {string.Join(", ", twice.Select(s => s.Directory))}");
        }

        var missing = Enumerable.Range(0, sequence.SegmentCount).Where(p => !byPosition.ContainsKey(p)).Select(sequence.Segment).ToArray();
        if (missing.Length > 0)
        {
            throw new BadInputException($"segment(s) {string.Join(", ", missing)} of {sequence} are missing: merge needs every shard");
        }

        foreach (var shard in shards)
        {
            var position = sequence.PositionOf(shard.Segment);
            var stray = shard.Records.FirstOrDefault(r => sequence.OwnerOf(r.Index) != position);
            if (stray is not null)
            {
                throw new BadInputException($"{shard.Directory} holds request {stray.Index}, which is not in its segment {shard.Segment}");
            }
        }
    }

    private static string CreateOutput(string outDirectory)
    {
        var output = Path.GetFullPath(outDirectory);
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            throw new BadInputException($"--out '{output}' already holds files; merge into a new folder");
        }

        Directory.CreateDirectory(output);
        return output;
    }

    private static void MergeTimeSeries(ShardRun[] shards, string output)
    {
        var rows = shards.Select(s => Path.Combine(s.Directory, TimeSeries.FileName)).Where(File.Exists).SelectMany(TimeSeries.ReadCsv)
            .GroupBy(r => (r.Case, r.Second))
            .OrderBy(g => g.Key.Case, StringComparer.Ordinal).ThenBy(g => g.Key.Second)
            .Select(g => new TimeSeriesRow(g.Key.Case, g.Key.Second, g.Sum(r => r.Scheduled), g.Sum(r => r.Sent), g.Sum(r => r.Completed), g.Sum(r => r.Failed), g.Sum(r => r.Dropped), g.Sum(r => r.InFlight)));
        TimeSeries.WriteCsv(Path.Combine(output, TimeSeries.FileName), rows);
    }

    private static void MergeHistograms(ShardRun[] shards, string output)
    {
        var merged = new Dictionary<string, LatencyHistograms>(StringComparer.Ordinal);
        foreach (var file in shards.SelectMany(s => Directory.EnumerateFiles(Path.Combine(s.Directory, RunRecorder.HistogramFolder), "*.hlog")))
        {
            var caseName = Path.GetFileNameWithoutExtension(file);
            if (!merged.TryGetValue(caseName, out var target))
            {
                target = new LatencyHistograms();
                merged[caseName] = target;
            }

            var part = LatencyHistograms.ReadLog(file);
            foreach (var workload in part.Workloads)
            {
                target.Add(workload, part.Get(workload)!);
            }
        }

        var folder = Path.Combine(output, RunRecorder.HistogramFolder);
        Directory.CreateDirectory(folder);
        foreach (var (caseName, histograms) in merged)
        {
            histograms.WriteLog(Path.Combine(folder, caseName + ".hlog"));
        }
    }
}
