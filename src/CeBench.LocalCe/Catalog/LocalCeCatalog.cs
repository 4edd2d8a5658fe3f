using System.Text.Json;
using CeBench.Core;
using CeBench.Core.Wire;

namespace CeBench.LocalCe.Catalog;

/// <summary>
/// The compilers and libraries the local target offers. The defaults mirror what CeBench's
/// workloads use; Debian's libboost-dev and libfmt-dev put their headers in /usr/include.
/// </summary>
public sealed record LocalCeCatalog(IReadOnlyList<CompilerConfig> Compilers, IReadOnlyList<LibraryConfig> Libraries)
{
    public static LocalCeCatalog Default { get; } = new(
        [
            new CompilerConfig("g151", "x86-64 gcc 15.1 (local: host g++)", "c++", "g++", BaseCostMs: 250),
            new CompilerConfig("g122", "x86-64 gcc 12.2 (local: host g++)", "c++", "g++", BaseCostMs: 220),
        ],
        [
            new LibraryConfig("boost", "Boost", "c++", CostMs: 4500, [new LibraryVersionConfig("187", "1.87.0", ["/usr/include"])]),
            new LibraryConfig("ctre", "Compile time regular expressions", "c++", CostMs: 1500, [new LibraryVersionConfig("trunk", "trunk", ["/usr/local/include/ctre"])]),
            new LibraryConfig("fmt", "{fmt}", "c++", CostMs: 700, [new LibraryVersionConfig("trunk", "trunk", ["/usr/include"])]),
        ]);

    /// <summary>Reads a catalog from a JSON file of the same shape as <see cref="Default"/>.</summary>
    public static LocalCeCatalog Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<LocalCeCatalog>(File.ReadAllText(path), CeJson.Options)
                ?? throw new BadInputException($"catalog file '{path}' is empty");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new BadInputException($"catalog file '{path}' cannot be used: {e.Message}", e);
        }
    }

    public CompilerConfig? FindCompiler(string id) => Compilers.FirstOrDefault(c => c.Id == id);

    public (LibraryConfig Library, LibraryVersionConfig Version)? FindLibrary(string id, string version) =>
        Libraries.FirstOrDefault(l => l.Id == id) is { } library && library.Versions.FirstOrDefault(v => v.Id == version) is { } v
            ? (library, v)
            : null;
}
