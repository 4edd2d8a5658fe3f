namespace CeBench.Core.Workloads;

/// <summary>The shape of CE ids (compilers, languages, libraries, versions): no spaces, slashes or quotes.</summary>
internal static class Identifier
{
    public static bool IsValid(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '+');
}
