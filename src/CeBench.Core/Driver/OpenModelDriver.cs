using CeBench.Core.Client;
using CeBench.Core.Records;

namespace CeBench.Core.Driver;

/// <summary>Starts open-model runs: each scheduled request starts at its time, ready or not.</summary>
public static class OpenModelDriver
{
    /// <summary>
    /// Starts the run and returns at once; await <see cref="DriverRun.Completion"/>. Every
    /// scheduled request gets exactly one record in <paramref name="recorder"/>, cancelled ones too.
    /// The client must use the system clock (its default), the clock the dispatch thread sleeps on.
    /// </summary>
    public static DriverRun Start(DriverPlan plan, CeClient client, RunRecorder recorder, CancellationToken cancellationToken)
    {
        if (client.Options.TimeProvider != TimeProvider.System)
        {
            throw new ArgumentException("the driver times requests on the system monotonic clock; give the client TimeProvider.System", nameof(client));
        }

        return new DriverRun(plan, client, recorder, cancellationToken);
    }
}
