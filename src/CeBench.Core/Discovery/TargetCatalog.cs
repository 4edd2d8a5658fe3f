using CeBench.Core.Wire;

namespace CeBench.Core.Discovery;

/// <summary>What a target says it has: compilers (with their language) and, per language, libraries and versions.</summary>
public sealed record TargetCatalog(
    IReadOnlyList<CompilerInfo> Compilers,
    IReadOnlyDictionary<string, IReadOnlyList<LibraryInfo>> LibrariesByLang)
{
    public CompilerInfo? FindCompiler(string id) => Compilers.FirstOrDefault(c => c.Id == id);

    public LibraryInfo? FindLibrary(string lang, string id) =>
        LibrariesByLang.TryGetValue(lang, out var libraries) ? libraries.FirstOrDefault(l => l.Id == id) : null;
}
