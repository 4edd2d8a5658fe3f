using System.Diagnostics;
using CeBench.Core.Client;
using CeBench.Core.Records;
using CeBench.Core.Schedules;

namespace CeBench.Core.Driver;

/// <summary>
/// One open-model run in progress. A dedicated thread sleeps until each request's absolute
/// intended time (<see cref="PreciseSleep"/>) and starts it whether or not earlier ones finished;
/// above the in-flight cap a request is recorded as dropped instead. When the client's circuit
/// breaker opens the run aborts: sending on to a dead target would only fill the records with
/// the same failure. Nothing here blocks a thread-pool thread: callers await <see cref="Completion"/>.
/// </summary>
public sealed class DriverRun
{
    private readonly DriverPlan _plan;
    private readonly CeClient _client;
    private readonly RunRecorder _recorder;
    private readonly CancellationTokenSource _stop;
    private readonly CancellationToken _stopToken;
    private string? _abortReason;
    private readonly TaskCompletionSource<DriverResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly long _start;
    private int _inFlight;
    private long _pending = 1;
    private long _sent;
    private long _dropped;
    private long _neverSent;
    private long _lastDone;

    internal DriverRun(DriverPlan plan, CeClient client, RunRecorder recorder, CancellationToken stop)
    {
        _plan = plan;
        _client = client;
        _recorder = recorder;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(stop);
        _stopToken = _stop.Token;
        foreach (var request in plan.Schedule)
        {
            recorder.TimeSeries.Scheduled(request.Offset.TotalMilliseconds);
        }

        // A little lead so the first request is not already late when the thread starts.
        _start = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 100);
        _lastDone = _start;
        var thread = new Thread(Dispatch) { IsBackground = true, Name = "cebench-dispatch", Priority = ThreadPriority.AboveNormal };
        thread.Start();
    }

    public Task<DriverResult> Completion => _completion.Task;

    public int InFlight => Volatile.Read(ref _inFlight);

    public long Sent => Interlocked.Read(ref _sent);

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_start);

    private void Dispatch()
    {
        var schedule = _plan.Schedule;
        var next = 0;
        for (; next < schedule.Count; next++)
        {
            var request = schedule[next];
            if (!PreciseSleep.Until(_start + Ticks(request.Offset), _stopToken))
            {
                break;
            }

            if (Volatile.Read(ref _inFlight) >= _plan.MaxInFlight)
            {
                Interlocked.Increment(ref _dropped);
                _recorder.Add(NotSent(request, Outcome.Dropped, $"in-flight cap of {_plan.MaxInFlight} reached", request.Offset.TotalMilliseconds));
                continue;
            }

            Interlocked.Increment(ref _inFlight);
            Interlocked.Increment(ref _pending);
            Interlocked.Increment(ref _sent);
            _ = SendAsync(request);
        }

        var stoppedMs = Ms(Stopwatch.GetTimestamp());
        for (var i = next; i < schedule.Count; i++)
        {
            Interlocked.Increment(ref _neverSent);
            var request = schedule[i];
            _recorder.Add(NotSent(request, Outcome.Cancelled, _abortReason ?? "the run was stopped before the request's time", Math.Max(stoppedMs, request.Offset.TotalMilliseconds)));
        }

        Release();
    }

    private async Task SendAsync(ScheduledRequest request)
    {
        try
        {
            var prepared = _plan.Requests[request.WorkloadIndex];
            var result = await _client.CompileAsync(prepared, _stopToken).ConfigureAwait(false);
            if (result.CircuitOpen)
            {
                Abort($"circuit breaker open: the target failed too often ({result.Detail})");
            }

            _recorder.Add(ToRecord(request, result));
            InterlockedMax(ref _lastDone, result.DoneTimestamp);
        }
        catch (Exception e)
        {
            // The client reports outcomes instead of throwing; this keeps the one-record rule if it ever does.
            var nowMs = Ms(Stopwatch.GetTimestamp());
            _recorder.Add(NotSent(request, Outcome.InternalError, $"harness error: {e.Message}", nowMs));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            Release();
        }
    }

    private void Abort(string reason)
    {
        if (Interlocked.CompareExchange(ref _abortReason, reason, null) is null)
        {
            _stop.Cancel();
        }
    }

    private void Release()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            _completion.TrySetResult(new DriverResult(
                _plan.Schedule.Count, Interlocked.Read(ref _sent), Interlocked.Read(ref _dropped), Interlocked.Read(ref _neverSent),
                _stopToken.IsCancellationRequested, Stopwatch.GetElapsedTime(_start, Math.Max(Interlocked.Read(ref _lastDone), _start)))
            {
                AbortReason = Volatile.Read(ref _abortReason),
            });
            // Nothing is left that could read the token.
            _stop.Dispose();
        }
    }

    private RequestRecord ToRecord(ScheduledRequest request, CompileResult result)
    {
        var intended = request.Offset.TotalMilliseconds;
        var sent = result.SentTimestamp is { } s ? Ms(s) : (double?)null;
        var done = Ms(result.DoneTimestamp);
        var service = done - sent;
        var compile = result.Response?.ExecTime;
        var queue = result.Response?.QueueTime;
        return new RequestRecord
        {
            Index = request.Index,
            Workload = _plan.Requests[request.WorkloadIndex].Workload.Name,
            IntendedMs = Round(intended),
            SentMs = Round(sent),
            DoneMs = Round(done),
            LatencyMs = Round(done - intended),
            ServiceMs = Round(service),
            LagMs = Round(sent - intended),
            CompileMs = compile,
            QueueMs = queue,
            OverheadMs = Round(compile is { } c ? service - c - (queue ?? 0) : null),
            Outcome = result.Outcome,
            Expected = result.IsExpected,
            Attempts = result.Attempts,
            HttpStatus = result.HttpStatus,
            Detail = result.Outcome == Outcome.Cancelled && Volatile.Read(ref _abortReason) is { } reason ? reason : result.Detail,
        };
    }

    private RequestRecord NotSent(ScheduledRequest request, Outcome outcome, string detail, double doneMs) => new()
    {
        Index = request.Index,
        Workload = _plan.Requests[request.WorkloadIndex].Workload.Name,
        IntendedMs = Round(request.Offset.TotalMilliseconds),
        DoneMs = Round(doneMs),
        LatencyMs = Round(doneMs - request.Offset.TotalMilliseconds),
        Outcome = outcome,
        Expected = false,
        Detail = detail,
    };

    private double Ms(long timestamp) => (timestamp - _start) * 1000.0 / Stopwatch.Frequency;

    private static long Ticks(TimeSpan offset) => (long)(offset.TotalSeconds * Stopwatch.Frequency);

    private static double Round(double value) => Math.Round(value, 3);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
