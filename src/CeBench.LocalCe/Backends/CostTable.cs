using CeBench.LocalCe.Scheduling;

namespace CeBench.LocalCe.Backends;

/// <summary>
/// The expected compile time of a job before noise: the compiler's base, plus each library's
/// cost, plus a share for source size and for each #include. Used by the model backend as its
/// service time and by the size-aware policies as the prior for shapes not seen yet.
/// </summary>
public sealed record CostTable(double PerKilobyteMs = 20, double PerIncludeMs = 25, double Scale = 1)
{
    public double EstimateMs(CompileJob job)
    {
        var includes = CountIncludes(job.Source);
        var kilobytes = job.Source.Length / 1024.0;
        return (job.Compiler.BaseCostMs + job.LibraryCostMs + PerKilobyteMs * kilobytes + PerIncludeMs * includes) * Scale;
    }

    private static int CountIncludes(string source)
    {
        var count = 0;
        foreach (var line in source.AsSpan().EnumerateLines())
        {
            if (line.TrimStart().StartsWith("#include", StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}
