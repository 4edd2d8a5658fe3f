namespace CeBench.Core.Workloads;

/// <summary>A CE library reference: id plus CE's version key (e.g. boost/187 = Boost 1.87.0).</summary>
public sealed record LibraryRef(string Id, string Version)
{
    /// <summary>Parses "id/version"; returns null when the text is not of that shape.</summary>
    public static LibraryRef? TryParse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == text.Length - 1 || text.IndexOf('/', slash + 1) >= 0)
        {
            return null;
        }

        var id = text[..slash].Trim();
        var version = text[(slash + 1)..].Trim();
        return Identifier.IsValid(id) && Identifier.IsValid(version) ? new LibraryRef(id, version) : null;
    }

    public override string ToString() => $"{Id}/{Version}";
}
