namespace CeBench.Tests.Fakes;

/// <summary>A request exactly as the loopback server received it: header values are the raw strings sent.</summary>
public sealed record RecordedRequest(
    string Method,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}
