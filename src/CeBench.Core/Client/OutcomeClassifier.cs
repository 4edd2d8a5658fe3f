using CeBench.Core.Wire;

namespace CeBench.Core.Client;

/// <summary>Maps an HTTP answer to exactly one outcome (design.md sections 4 and 5).</summary>
public static class OutcomeClassifier
{
    public static AttemptResult Classify(int status, string body, TimeSpan? retryAfter = null)
    {
        var parsed = CeJson.TryParseResponse(body);
        var (outcome, detail) = status switch
        {
            200 => ClassifyCompile(parsed, body),
            408 => (Outcome.ServerTimeout, "HTTP 408: the router had no result in time"),
            504 => (Outcome.ServerTimeout, "HTTP 504: gateway timeout"),
            429 => (Outcome.RateLimited, "HTTP 429: rate limited"),
            _ => (Outcome.HttpError, $"HTTP {status}: {Snippet(parsed?.StderrText is { Length: > 0 } err ? err : body)}"),
        };
        return new AttemptResult { Outcome = outcome, HttpStatus = status, Response = parsed, Detail = detail, RetryAfter = retryAfter };
    }

    private static (Outcome, string) ClassifyCompile(CompileResponseBody? response, string body)
    {
        if (response is null)
        {
            return (Outcome.InternalError, $"HTTP 200 with a body that is not a compile result: {Snippet(body)}");
        }

        var stderr = response.StderrText;
        if (response.TimedOut == true)
        {
            return (Outcome.ServerTimeout, "timedOut: the compiler ran past the service's limit");
        }

        if (stderr.Contains(CompileResponseBody.StaleQueueText, StringComparison.Ordinal))
        {
            return (Outcome.ServerTimeout, CompileResponseBody.StaleQueueText);
        }

        return response.Code switch
        {
            0 => (Outcome.Ok, ""),
            -1 => (Outcome.InternalError, $"code -1: {Snippet(stderr)}"),
            null => (Outcome.InternalError, "HTTP 200 without a compiler exit code"),
            var code => (Outcome.CompileError, $"code {code}: {Snippet(stderr)}"),
        };
    }

    private static string Snippet(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 160 ? line : line[..160] + "...";
    }
}
