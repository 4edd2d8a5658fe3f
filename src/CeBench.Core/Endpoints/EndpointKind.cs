namespace CeBench.Core.Endpoints;

public enum EndpointKind
{
    /// <summary>The embedded CE-compatible target, started for the run.</summary>
    Local,

    /// <summary>https://compiler-explorer.com</summary>
    Prod,

    /// <summary>https://compiler-explorer.com/beta (a path prefix, not a host).</summary>
    Beta,

    /// <summary>Any other http(s) URL.</summary>
    Url,
}
