using System.Globalization;
using System.Text;
using CeBench.Core.Analysis;

namespace CeBench.Core.Thresholds;

/// <summary>Checks thresholds against a run's summary rows at the end of the run.</summary>
public static class ThresholdEvaluator
{
    /// <summary>A threshold about a workload the run does not send would pass silently: refuse it up front.</summary>
    public static void RequireKnownWorkloads(IEnumerable<Threshold> thresholds, IReadOnlyCollection<string> workloads)
    {
        foreach (var threshold in thresholds)
        {
            if (threshold.Workload is { } name && !workloads.Contains(name))
            {
                throw new BadInputException($"threshold '{threshold.Text}' names workload '{name}', which this run does not send; selected: {string.Join(", ", workloads)}");
            }
        }
    }

    /// <summary>
    /// Every threshold against every row it applies to. A row without the metric (no successful
    /// request, so no latency) fails: a threshold must never pass for lack of data.
    /// </summary>
    public static IReadOnlyList<ThresholdResult> Evaluate(IReadOnlyList<Threshold> thresholds, IReadOnlyList<WorkloadStats> rows)
    {
        var results = new List<ThresholdResult>();
        foreach (var threshold in thresholds)
        {
            var applicable = threshold.Workload is { } name
                ? rows.Where(r => r.Workload == name)
                : rows.GroupBy(r => r.Case).Select(g => g.FirstOrDefault(r => r.Workload == RunSummarizer.AllWorkloads) ?? g.Single());
            foreach (var row in applicable)
            {
                var measured = threshold.Measure(row);
                results.Add(new ThresholdResult(threshold, row.Case, row.Workload, measured, measured is { } m && threshold.Holds(m)));
            }
        }

        return results;
    }

    public static string ToMarkdown(IReadOnlyList<ThresholdResult> results)
    {
        var text = new StringBuilder("| Threshold | Case | Workload | Measured | Result |\n|---|---|---|---|---|\n");
        foreach (var r in results)
        {
            var measured = r.Measured is { } m ? m.ToString("0.##", CultureInfo.InvariantCulture) + Unit(r.Threshold.Metric) : "no data";
            text.Append(CultureInfo.InvariantCulture, $"| `{r.Threshold.Text}` | {r.Case} | {r.Workload} | {measured} | {(r.Passed ? "pass" : "FAIL")} |\n");
        }

        return text.ToString();
    }

    private static string Unit(string metric) => metric switch
    {
        "errors" or "dropped" => "%",
        "slowdown_p95" => "",
        _ => " ms",
    };
}
