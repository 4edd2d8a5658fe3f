namespace CeBench.Core.Runs;

/// <summary>
/// <c>--start-at</c>: every shard waits for one shared wall-clock start so their schedules line
/// up. A time already past by more than the tolerance is refused: that shard would be out of step.
/// </summary>
public static class StartGate
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(2);

    public static void RequireFuture(DateTimeOffset startAt, DateTimeOffset now)
    {
        if (now - startAt > Tolerance)
        {
            throw new BadInputException($"--start-at {startAt:O} is {(now - startAt).TotalSeconds:0.#} s in the past; give every shard a time a little ahead, such as {now.AddMinutes(1):yyyy-MM-ddTHH:mm:ssZ}");
        }
    }

    public static async Task WaitAsync(DateTimeOffset startAt, TimeProvider time, CancellationToken cancellationToken)
    {
        RequireFuture(startAt, time.GetUtcNow());
        var wait = startAt - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
