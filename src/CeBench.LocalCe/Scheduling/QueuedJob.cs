namespace CeBench.LocalCe.Scheduling;

/// <summary>A job waiting for a worker, with what the policies order it by.</summary>
public sealed class QueuedJob(CompileJob job, long enqueuedAt, double expectedMs)
{
    public CompileJob Job { get; } = job;

    /// <summary><see cref="TimeProvider.GetTimestamp"/> when it entered the queue.</summary>
    public long EnqueuedAt { get; } = enqueuedAt;

    /// <summary>The estimator's expected compile time when it entered the queue.</summary>
    public double ExpectedMs { get; } = expectedMs;

    internal TaskCompletionSource<JobOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
