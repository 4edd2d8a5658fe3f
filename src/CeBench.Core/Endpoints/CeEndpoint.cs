namespace CeBench.Core.Endpoints;

/// <summary>
/// Where compile requests go. <see cref="BaseUri"/> has no trailing slash and may carry a path
/// prefix (<c>/beta</c>); every API path is appended to it. A <see cref="EndpointKind.Local"/>
/// endpoint has no address until the embedded target is started (<see cref="WithBaseUri"/>).
/// </summary>
public sealed record CeEndpoint(EndpointKind Kind, Uri? BaseUri)
{
    public const string ProdUrl = "https://compiler-explorer.com";
    public const string BetaUrl = "https://compiler-explorer.com/beta";

    private static readonly string[] PublicHosts = ["compiler-explorer.com", "godbolt.org"];

    /// <summary>
    /// Parses <c>local</c>, <c>prod</c>, <c>beta</c> or an absolute http(s) URL.
    /// <c>beta.compiler-explorer.com</c> is refused unless <paramref name="force"/>: it is not CE's beta.
    /// </summary>
    public static CeEndpoint Parse(string text, bool force = false)
    {
        var value = text.Trim();
        switch (value.ToLowerInvariant())
        {
            case "local":
                return new CeEndpoint(EndpointKind.Local, null);
            case "prod":
                return new CeEndpoint(EndpointKind.Prod, new Uri(ProdUrl));
            case "beta":
                return new CeEndpoint(EndpointKind.Beta, new Uri(BetaUrl));
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new BadInputException(
                $"endpoint '{text}' is not valid: use local, prod, beta or an absolute http(s) URL such as http://127.0.0.1:10240");
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new BadInputException($"endpoint '{text}' must not have a query or fragment: give the base URL only");
        }

        if (!force && uri.Host.Equals("beta.compiler-explorer.com", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadInputException(
                "endpoint 'beta.compiler-explorer.com' is not Compiler Explorer's beta: beta is the path prefix " +
                $"{BetaUrl} (use --endpoint beta); pass --force-endpoint to send to that host anyway");
        }

        var trimmed = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var normalized = new Uri(trimmed);
        var kind = normalized.AbsoluteUri.TrimEnd('/') switch
        {
            ProdUrl => EndpointKind.Prod,
            BetaUrl => EndpointKind.Beta,
            _ => EndpointKind.Url,
        };
        return new CeEndpoint(kind, normalized);
    }

    /// <summary>True for compiler-explorer.com, godbolt.org and their subdomains: real users share them.</summary>
    public bool IsPublicService =>
        BaseUri is not null && PublicHosts.Any(h =>
            BaseUri.Host.Equals(h, StringComparison.OrdinalIgnoreCase)
            || BaseUri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));

    public CeEndpoint WithBaseUri(Uri baseUri) => this with { BaseUri = new Uri(baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/')) };

    /// <summary>An API URL under the base, keeping any path prefix: <c>Api("api/compilers")</c>.</summary>
    public Uri Api(string relativePath)
    {
        if (BaseUri is null)
        {
            throw new InvalidOperationException("the local endpoint has no address until its target is started");
        }

        return new Uri(BaseUri.AbsoluteUri.TrimEnd('/') + "/" + relativePath.TrimStart('/'));
    }

    public Uri CompileUri(string compilerId) => Api($"api/compiler/{Uri.EscapeDataString(compilerId)}/compile");

    public override string ToString() => BaseUri?.AbsoluteUri.TrimEnd('/') ?? "local";
}
