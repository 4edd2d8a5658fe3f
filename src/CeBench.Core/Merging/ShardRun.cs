using CeBench.Core.Records;
using CeBench.Core.Runs;
using CeBench.Core.Segments;

namespace CeBench.Core.Merging;

/// <summary>One shard's results folder, read and checked to be a shard.</summary>
public sealed record ShardRun(string Directory, RunManifest Manifest, ExecutionSegment Segment, IReadOnlyList<RequestRecord> Records)
{
    public static ShardRun Read(string directory)
    {
        var full = Path.GetFullPath(directory);
        var requests = Path.Combine(full, RequestCsv.FileName);
        if (!File.Exists(Path.Combine(full, RunManifest.FileName)) || !File.Exists(requests))
        {
            throw new BadInputException($"'{full}' is not a CeBench run: it needs {RunManifest.FileName} and {RequestCsv.FileName}");
        }

        RunManifest manifest;
        IReadOnlyList<RequestRecord> records;
        try
        {
            manifest = RunManifest.Read(full);
            records = RequestCsv.Read(requests);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or CsvHelper.CsvHelperException or FormatException)
        {
            throw new BadInputException($"'{full}' has an unreadable {RunManifest.FileName} or {RequestCsv.FileName}: {e.Message}", e);
        }

        if (manifest.Segment is null || manifest.SegmentSequence is null)
        {
            throw new BadInputException($"'{full}' is not a shard: it was run without --segment");
        }

        var ends = manifest.Segment.Split(':');
        var segment = new ExecutionSegment(Fraction.Parse(ends[0], "segment"), Fraction.Parse(ends[1], "segment"));
        return new ShardRun(full, manifest, segment, records);
    }
}
