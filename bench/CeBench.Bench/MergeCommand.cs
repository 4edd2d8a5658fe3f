using CeBench.Core;
using CeBench.Core.Analysis;
using CeBench.Core.Merging;
using CeBench.Core.Workloads;
using CeBench.Reporting;

namespace CeBench.Bench;

/// <summary><c>merge &lt;shard&gt;... --out &lt;dir&gt;</c>: one run from the shards of a sharded run.</summary>
public static class MergeCommand
{
    public static async Task<int> RunAsync(List<string> args, TextWriter output)
    {
        var at = args.IndexOf("--out");
        if (at < 0 || at + 1 >= args.Count)
        {
            throw new BadInputException("merge needs --out <folder> for the merged run: merge <shard>... --out <folder>");
        }

        var outDirectory = args[at + 1];
        var shards = args.Where((_, i) => i != at && i != at + 1).ToArray();
        var workloads = KnownWorkloads();
        var rows = await RunMerger.MergeAsync(shards, outDirectory, workloads);
        var report = RunReport.Write(RunData.Load(outDirectory, workloads));
        output.WriteLine($"Merged {shards.Length} shards into {Path.GetFullPath(outDirectory)}");
        output.WriteLine(SummaryTable.ToMarkdown(rows));
        output.WriteLine($"Report: {report}");
        return ExitCodes.Ok;
    }

    /// <summary>The checkout's workloads, for their baseline bands; a merge elsewhere goes without.</summary>
    private static Dictionary<string, Workload> KnownWorkloads()
    {
        try
        {
            return WorkloadCatalog.Load(WorkloadFolder.Resolve(null)).All.ToDictionary(w => w.Name);
        }
        catch (BadInputException)
        {
            return [];
        }
    }
}
