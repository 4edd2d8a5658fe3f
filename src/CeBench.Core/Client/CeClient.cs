using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CeBench.Core.Endpoints;
using CeBench.Core.Requests;
using CeBench.Core.Workloads;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CeBench.Core.Client;

/// <summary>
/// Sends compile requests to one CE endpoint over one pooled <see cref="HttpClient"/> and reports
/// one <see cref="CompileResult"/> per request: it never throws for what the service did, only
/// returns the outcome, so every scheduled request can be recorded.
/// </summary>
public sealed class CeClient : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient _http;
    private readonly ResiliencePipeline<AttemptResult> _pipeline;
    private readonly TimeProvider _time;

    public CeClient(CeEndpoint endpoint, CeClientOptions? options = null)
    {
        if (endpoint.BaseUri is null)
        {
            throw new ArgumentException("the endpoint has no address yet (start the local target first)", nameof(endpoint));
        }

        Endpoint = endpoint;
        Options = options ?? new CeClientOptions();
        _time = Options.TimeProvider;
        _http = new HttpClient(CreateHandler(Options), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _pipeline = CeResiliencePipeline.Build(Options);
    }

    public CeEndpoint Endpoint { get; }

    public CeClientOptions Options { get; }

    public async Task<CompileResult> CompileAsync(PreparedCompileRequest request, CancellationToken cancellationToken)
    {
        var state = new CallState();
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CeResiliencePipeline.StateKey, state);
        try
        {
            var attempt = await _pipeline.ExecuteAsync(
                static (ctx, args) => args.Client.AttemptAsync(args.Request, args.State, ctx.CancellationToken),
                context,
                (Client: this, Request: request, State: state)).ConfigureAwait(false);
            return Finish(request, state, attempt, circuitOpen: false);
        }
        catch (TimeoutRejectedException)
        {
            var timeout = new AttemptResult { Outcome = Outcome.Timeout, Detail = $"no answer within {Options.AttemptTimeout.TotalSeconds:0.###} s" };
            return Finish(request, state, timeout, circuitOpen: false);
        }
        catch (BrokenCircuitException e)
        {
            var refused = state.LastAttempt ?? new AttemptResult
            {
                Outcome = Outcome.Cancelled,
                Detail = $"circuit breaker open: the target failed too often ({e.Message})",
            };
            return Finish(request, state, refused, circuitOpen: true);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var cancelled = new AttemptResult { Outcome = Outcome.Cancelled, Detail = "the run was stopped before the request finished" };
            return Finish(request, state, cancelled, circuitOpen: false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>A GET of a discovery path (<c>api/compilers</c>, ...) with CE's JSON headers; throws on failure.</summary>
    public async Task<string> GetStringAsync(string relativePath, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, Endpoint.Api(relativePath));
        AddHeaders(message);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.AttemptTimeout);
        using var response = await _http.SendAsync(message, timeout.Token).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {message.RequestUri} answered HTTP {(int)response.StatusCode}", null, response.StatusCode);
        }

        return body;
    }

    public void Dispose() => _http.Dispose();

    private static SocketsHttpHandler CreateHandler(CeClientOptions options) => new()
    {
        MaxConnectionsPerServer = options.MaxConnectionsPerServer,
        ConnectTimeout = options.ConnectTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
    };

    private async ValueTask<AttemptResult> AttemptAsync(PreparedCompileRequest request, CallState state, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, Endpoint.CompileUri(request.CompilerId));
        AddHeaders(message);
        message.Content = new ReadOnlyMemoryContent(request.Body);
        // Set explicitly: any charset parameter makes CE's queue workers drop options, filters and libraries.
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        state.Attempts++;
        state.SentTimestamp ??= _time.GetTimestamp();
        AttemptResult result;
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            result = OutcomeClassifier.Classify((int)response.StatusCode, body, RetryAfter(response.Headers.RetryAfter));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is HttpRequestException or IOException or SocketException)
        {
            result = new AttemptResult { Outcome = Outcome.TransportError, Detail = TransportDetail(e) };
        }

        state.LastAttempt = result;
        return result;
    }

    private void AddHeaders(HttpRequestMessage message)
    {
        message.Headers.Accept.Add(AcceptJson);
        message.Headers.TryAddWithoutValidation("User-Agent", Options.UserAgent);
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow(),
        _ => null,
    };

    private static string TransportDetail(Exception e)
    {
        var root = e;
        while (root.InnerException is not null)
        {
            root = root.InnerException;
        }

        return root == e ? e.Message : $"{e.Message} ({root.Message})";
    }

    private CompileResult Finish(PreparedCompileRequest request, CallState state, AttemptResult attempt, bool circuitOpen) => new()
    {
        Outcome = attempt.Outcome,
        Attempts = state.Attempts,
        IsExpected = IsExpected(request.Workload.Expect, attempt.Outcome),
        HttpStatus = attempt.HttpStatus,
        Response = attempt.Response,
        Detail = attempt.Detail,
        SentTimestamp = state.SentTimestamp,
        DoneTimestamp = _time.GetTimestamp(),
        RetryDelays = state.RetryDelays.ToArray(),
        CircuitOpen = circuitOpen,
    };

    private static bool IsExpected(WorkloadExpectation expect, Outcome outcome) => expect switch
    {
        WorkloadExpectation.CompileError => outcome == Outcome.CompileError,
        _ => outcome == Outcome.Ok,
    };
}
