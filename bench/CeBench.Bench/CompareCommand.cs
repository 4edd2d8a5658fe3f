using System.Globalization;
using CeBench.Core;
using CeBench.Core.Comparison;
using CeBench.Reporting;

namespace CeBench.Bench;

/// <summary>
/// <c>compare &lt;before&gt; &lt;after&gt; [--threshold 5%] [--alpha 0.05]</c>: the before/after
/// comparison of two results folders, printed and written next to the after run. Exit code 1 when
/// something regressed, so it can gate CI.
/// </summary>
public static class CompareCommand
{
    private const string Usage = "usage: compare <before> <after> [--threshold 5% | 50ms] [--alpha 0.05]";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var settings = new ComparisonSettings();
        var folders = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--threshold":
                    settings = settings with { Threshold = ComparisonThreshold.Parse(Value(args, ref i)) };
                    break;
                case "--alpha":
                    settings = settings with { Alpha = Alpha(Value(args, ref i)) };
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new BadInputException($"compare does not know {option}; {Usage}");
                default:
                    folders.Add(args[i]);
                    break;
            }
        }

        if (folders.Count != 2)
        {
            throw new BadInputException($"compare needs exactly two results folders, not {folders.Count}; {Usage}");
        }

        var comparison = RunComparer.Compare(ComparedRun.Load(folders[0]), ComparedRun.Load(folders[1]), settings);
        var folder = ComparisonTable.Write(comparison);
        ComparisonReport.Write(RunData.Load(folders[0]), RunData.Load(folders[1]), comparison);
        output.Write(ComparisonTable.ToMarkdown(comparison));
        output.WriteLine($"Written to {folder} (compare.md, compare.csv, report.html)");
        return comparison.HasRegression ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new BadInputException($"{args[i - 1]} needs a value; {Usage}");

    private static double Alpha(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var alpha) && alpha is > 0 and < 0.5
            ? alpha
            : throw new BadInputException($"--alpha '{text}' must be a significance level between 0 and 0.5, such as 0.05");
}
