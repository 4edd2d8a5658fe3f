using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace CeBench.Core.Client;

/// <summary>
/// Retry (outermost) -> circuit breaker -> per-attempt timeout (innermost). Only outcomes that a
/// second try can change are retried: 429 (waiting out Retry-After, capped), 502/503/504 and
/// transport errors; never a 4xx or a compile error, whose answer would not change.
/// </summary>
public static class CeResiliencePipeline
{
    internal static readonly ResiliencePropertyKey<CallState> StateKey = new("cebench.call-state");

    public static ResiliencePipeline<AttemptResult> Build(CeClientOptions options)
    {
        var builder = new ResiliencePipelineBuilder<AttemptResult> { TimeProvider = options.TimeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<AttemptResult>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } r && IsRetryable(r)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome.Result, options.RetryAfterCap)),
                OnRetry = args =>
                {
                    args.Context.Properties.GetValue(StateKey, null!)?.RetryDelays.Add(args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        var breaker = options.CircuitBreaker;
        if (breaker.Enabled)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<AttemptResult>
            {
                FailureRatio = breaker.FailureRatio,
                MinimumThroughput = breaker.MinimumThroughput,
                SamplingDuration = breaker.SamplingDuration,
                BreakDuration = breaker.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is TimeoutRejectedException
                    || (args.Outcome.Result is { } r && IsTargetFailure(r))),
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    public static bool IsRetryable(AttemptResult attempt) =>
        attempt.Outcome is Outcome.RateLimited or Outcome.TransportError
        || attempt.HttpStatus is 502 or 503 or 504;

    /// <summary>Failures that say the target is down or broken, as opposed to the request being wrong.</summary>
    public static bool IsTargetFailure(AttemptResult attempt) =>
        attempt.Outcome is Outcome.TransportError or Outcome.ServerTimeout
        || attempt.HttpStatus >= 500;

    /// <summary>Retry-After capped; null lets the strategy use its exponential backoff.</summary>
    public static TimeSpan? RetryAfterDelay(AttemptResult? attempt, TimeSpan cap) =>
        attempt?.RetryAfter is { } wait ? (wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait) : null;
}
