namespace CeBench.Core.Client;

/// <summary>How the CE client talks: connection limits, identity, timeouts, retries, circuit breaker.</summary>
public sealed record CeClientOptions
{
    public const string DefaultUserAgent = "CE-StressTest/1.0";

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Capped on purpose: uncapped connection storms wedge the target's listen queue (design.md section 9).</summary>
    public int MaxConnectionsPerServer { get; init; } = 256;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Above CE's own 60 s router and CDN limits, so their 408/504 are seen rather than hidden.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Retries after the first attempt, for retryable outcomes only.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>First backoff step; grows exponentially with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retry-After is honoured up to this (CE's WAF says 300 s, longer than any useful run waits).</summary>
    public TimeSpan RetryAfterCap { get; init; } = TimeSpan.FromSeconds(30);

    public CircuitBreakerSettings CircuitBreaker { get; init; } = new();

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
