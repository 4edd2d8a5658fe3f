using System.Text.Json;
using CeBench.Core.Wire;
using CeBench.Core.Workloads;
using CeBench.LocalCe.Scheduling;

namespace CeBench.LocalCe.Backends;

/// <summary>
/// Compiles nothing: holds the worker for the cost table's time times seeded log-normal noise,
/// times the time scale. The noise of a job depends only on (seed, arrival number), so every
/// scheduling policy is handed the same work. A workload whose header declares
/// <c>expect: compile-error</c> gets a compile error, so error workloads behave as with g++.
/// </summary>
public sealed class ModelBackend(CostTable costs, int seed, double noiseSigma, double timeScale, TimeSpan compileTimeout, TimeProvider time)
    : ICompileBackend
{
    public async Task<BackendResult> CompileAsync(CompileJob job, CancellationToken cancellationToken)
    {
        var serviceMs = ServiceTimeMs(job);
        if (serviceMs > compileTimeout.TotalMilliseconds)
        {
            await Task.Delay(compileTimeout, time, cancellationToken).ConfigureAwait(false);
            return new BackendResult
            {
                Code = -1,
                ExecTimeMs = compileTimeout.TotalMilliseconds,
                TimedOut = true,
                Stderr = [CompileResponseBody.KilledText],
            };
        }

        await Task.Delay(TimeSpan.FromMilliseconds(serviceMs), time, cancellationToken).ConfigureAwait(false);
        if (DeclaresCompileError(job.Source))
        {
            return new BackendResult
            {
                Code = 1,
                ExecTimeMs = serviceMs,
                Stderr = ["<source>:1:1: error: the model backend answers a compile error because the workload declares one"],
                Asm = ["<Compilation failed>"],
            };
        }

        return new BackendResult
        {
            Code = 0,
            ExecTimeMs = serviceMs,
            Asm = ["main:", "        xor     eax, eax", "        ret"],
            ExecResult = job.Execute ? JsonSerializer.SerializeToElement(new { code = 0, stdout = Array.Empty<TextLine>(), stderr = Array.Empty<TextLine>(), execTime = 1 }) : null,
        };
    }

    /// <summary>Service time in (scaled) milliseconds for a job.</summary>
    private double ServiceTimeMs(CompileJob job) => costs.EstimateMs(job) * Noise(job.Sequence) * timeScale;

    private double Noise(long sequence)
    {
        if (noiseSigma <= 0)
        {
            return 1;
        }

        // A fixed mix (not HashCode, which is randomized per process) keeps runs reproducible.
        var mixed = unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) + ((ulong)sequence * 0xBF58476D1CE4E5B9UL));
        var random = new Random((int)(mixed >> 33));
        // Box-Muller: one standard normal from two uniforms.
        var z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Math.Exp(noiseSigma * z);
    }

    private static bool DeclaresCompileError(string source)
    {
        try
        {
            return WorkloadParser.Parse("request", source).Expect == WorkloadExpectation.CompileError;
        }
        catch (WorkloadFormatException)
        {
            return false;
        }
    }
}
