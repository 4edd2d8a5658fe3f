using CeBench.Core.Comparison;
using CeBench.Core;
using CeBench.Reporting;

namespace CeBench.Bench;

/// <summary>
/// <c>report &lt;run&gt;</c> writes the run's report.html into its folder; <c>report &lt;before&gt; &lt;after&gt;</c>
/// writes the comparison's into <c>compare-&lt;before&gt;-vs-&lt;after&gt;/</c> next to the after run.
/// </summary>
public static class ReportCommand
{
    public const string Usage = "usage: report <run folder> | report <before run folder> <after run folder>";

    public static int Run(IReadOnlyList<string> folders, TextWriter output)
    {
        var path = folders.Count switch
        {
            1 => RunReport.Write(RunData.Load(folders[0])),
            2 => ComparisonReport.Write(RunData.Load(folders[0]), RunData.Load(folders[1]),
                RunComparer.Compare(ComparedRun.Load(folders[0]), ComparedRun.Load(folders[1]), new ComparisonSettings())),
            _ => throw new BadInputException(Usage),
        };
        output.WriteLine($"Report: {path}");
        return ExitCodes.Ok;
    }
}
