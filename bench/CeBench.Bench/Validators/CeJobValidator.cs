using BenchmarkDotNet.Validators;
using CeBench.Bench.Engine;

namespace CeBench.Bench.Validators;

/// <summary>
/// Refuses any job that would not run CeBench's engine in-process: a job such as <c>--job short</c>
/// would otherwise silently benchmark a closed loop of empty method calls.
/// </summary>
public sealed class CeJobValidator : IValidator
{
    public bool TreatsWarningsAsErrors => true;

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        foreach (var benchmark in validationParameters.Benchmarks)
        {
            var infrastructure = benchmark.Job.Infrastructure;
            if (infrastructure.EngineFactory is not CeEngineFactory)
            {
                yield return new ValidationError(true,
                    $"job '{benchmark.Job.DisplayInfo}' does not use CeBench's open-model engine: drop --job and other job options, CeBench sets its own job",
                    benchmark);
            }
            else if (infrastructure.Toolchain is not { IsInProcess: true })
            {
                yield return new ValidationError(true, "CeBench's engine runs in-process; drop --runtimes/--toolchain options", benchmark);
            }
        }
    }
}
