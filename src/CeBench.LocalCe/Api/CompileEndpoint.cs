using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CeBench.Core.Wire;
using CeBench.LocalCe.Faults;
using CeBench.LocalCe.Hosting;
using CeBench.LocalCe.Scheduling;
using Microsoft.AspNetCore.Http;

namespace CeBench.LocalCe.Api;

/// <summary>
/// <c>POST /api/compiler/{id}/compile</c> as CE answers it: faults first (they stand for the
/// infrastructure in front of CE), then CE's own checks, then the queue and a worker.
/// </summary>
public sealed class CompileEndpoint(LocalCeServices services)
{
    private const int MaxBodyBytes = 16 * 1024 * 1024;
    private long _sequence;

    /// <summary>
    /// What Kestrel accepts at all: above CE's 16 MB, so a body between the two is read in full
    /// and answered 413 cleanly instead of the connection being cut mid-upload.
    /// </summary>
    public static int TransportBodyLimit => 4 * MaxBodyBytes;

    public async Task HandleAsync(HttpContext context, string compilerId)
    {
        var stats = services.Stats;
        stats.Received();
        byte[]? body;
        try
        {
            body = await ReadBodyAsync(context.Request).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }

        if (body is null || body.Length > MaxBodyBytes)
        {
            await RejectAsync(context, StatusCodes.Status413PayloadTooLarge, "Payload too large").ConfigureAwait(false);
            return;
        }

        if (services.Faults.Next() is { } fault && await InjectAsync(context, fault).ConfigureAwait(false))
        {
            return;
        }

        if (services.Options.Catalog.FindCompiler(compilerId) is not { } compiler)
        {
            await RejectAsync(context, StatusCodes.Status404NotFound, $"Unknown compiler '{compilerId}'").ConfigureAwait(false);
            return;
        }

        var request = Parse(body);
        if (request?.Source is null || request.Options is null)
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, "Bad request: the body needs source and options").ConfigureAwait(false);
            return;
        }

        // CE's queue workers compare the header string: anything else and the options are lost.
        if (context.Request.ContentType != "application/json")
        {
            stats.OptionsDropped();
            request = request with { Options = new CompileOptionsBody() };
        }

        var (job, refusal, reason) = CompileJobFactory.Create(Interlocked.Increment(ref _sequence), compiler, request, services.Options.Catalog);
        if (job is null)
        {
            stats.Rejected(reason!);
            await WriteResultAsync(context, ErrorResult(refusal!)).ConfigureAwait(false);
            return;
        }

        var completion = services.Pool.TryEnqueue(job);
        if (completion is null)
        {
            await RejectAsync(context, StatusCodes.Status503ServiceUnavailable, "The compile queue is full").ConfigureAwait(false);
            return;
        }

        // The job runs to the end even if the client goes away, as on CE.
        var response = await AnswerAsync(completion).ConfigureAwait(false);
        await WriteResultAsync(context, response).ConfigureAwait(false);
    }

    private async Task<CompileResponseBody> AnswerAsync(Task<JobOutcome> completion)
    {
        var stats = services.Stats;
        JobOutcome outcome;
        try
        {
            outcome = await completion.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            stats.Completed("internal-error");
            return ErrorResult($"Internal Compiler Explorer error: {e.Message}");
        }

        var started = Stopwatch.GetTimestamp();
        if (outcome.Result is not { } result)
        {
            stats.Completed("stale");
            return ErrorResult(CompileResponseBody.StaleQueueText) with { QueueTime = outcome.QueueTimeMs };
        }

        stats.Completed(result.TimedOut ? "timed-out" : result.Code == 0 ? "ok" : "compile-error");
        return new CompileResponseBody
        {
            Code = result.Code,
            OkToCache = result.Code == 0 && !result.TimedOut,
            TimedOut = result.TimedOut,
            Truncated = result.Truncated,
            Stdout = result.Stdout.Select(l => new TextLine(l)).ToArray(),
            Stderr = result.Stderr.Select(l => new TextLine(l)).ToArray(),
            Asm = result.Asm.Select(l => new TextLine(l)).ToArray(),
            ExecTime = Math.Round(result.ExecTimeMs, 3),
            QueueTime = Math.Round(outcome.QueueTimeMs, 3),
            ProcessExecutionResultTime = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3),
            ParsingTime = 0,
            RetrievedFromCache = false,
            ExecResult = result.ExecResult,
        };
    }

    /// <summary>Applies a fault; true when it answered the request (everything but a delay).</summary>
    private async Task<bool> InjectAsync(HttpContext context, FaultRule fault)
    {
        var stats = services.Stats;
        switch (fault.Kind)
        {
            case FaultKind.Delay:
                stats.Delayed();
                await Task.Delay(fault.Delay, services.Options.TimeProvider).ConfigureAwait(false);
                return false;
            case FaultKind.Reset:
                stats.Faulted(fault.Name);
                context.Abort();
                return true;
            case FaultKind.Malformed:
                stats.Faulted(fault.Name);
                await WriteAsync(context, StatusCodes.Status200OK, "application/json", """{"code":0,"stdout":[{"te""").ConfigureAwait(false);
                return true;
            default:
                stats.Faulted(fault.Name);
                if (fault.Status == StatusCodes.Status429TooManyRequests)
                {
                    context.Response.Headers.RetryAfter = "1";
                }

                await WriteAsync(context, fault.Status, "text/plain", $"Injected fault: HTTP {fault.Status}").ConfigureAwait(false);
                return true;
        }
    }

    private async Task RejectAsync(HttpContext context, int status, string message)
    {
        services.Stats.Rejected(status.ToString(CultureInfo.InvariantCulture));
        await WriteAsync(context, status, "text/plain", message).ConfigureAwait(false);
    }

    private static CompileResponseBody ErrorResult(string message) => new()
    {
        Code = -1,
        OkToCache = false,
        TimedOut = false,
        Truncated = false,
        Stdout = [],
        Stderr = [new TextLine(message)],
        Asm = [new TextLine("<Compilation failed>")],
        ExecTime = 0,
        QueueTime = 0,
        ProcessExecutionResultTime = 0,
        ParsingTime = 0,
        RetrievedFromCache = false,
    };

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static CompileRequestBody? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<CompileRequestBody>(body, CeJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>JSON when the client accepts it, else the plain text CE gives a browserless client.</summary>
    private static Task WriteResultAsync(HttpContext context, CompileResponseBody response)
    {
        if (AcceptsJson(context.Request))
        {
            return WriteAsync(context, StatusCodes.Status200OK, "application/json", JsonSerializer.Serialize(response, CeJson.Options));
        }

        var text = string.Join('\n', (response.Asm ?? []).Concat(response.Stderr ?? []).Select(l => l.Text));
        return WriteAsync(context, StatusCodes.Status200OK, "text/plain", text + "\n");
    }

    internal static bool AcceptsJson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("application/json", StringComparison.OrdinalIgnoreCase));

    internal static async Task WriteAsync(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body)).ConfigureAwait(false);
    }
}
