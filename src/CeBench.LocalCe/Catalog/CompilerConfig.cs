namespace CeBench.LocalCe.Catalog;

/// <summary>A compiler the local target offers; <see cref="Executable"/> is what the gcc backend runs.</summary>
public sealed record CompilerConfig(string Id, string Name, string Lang, string Executable, double BaseCostMs);
