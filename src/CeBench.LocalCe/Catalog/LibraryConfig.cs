namespace CeBench.LocalCe.Catalog;

/// <summary>A library and its versions; <see cref="CostMs"/> is what it adds to a compile in the model backend.</summary>
public sealed record LibraryConfig(string Id, string Name, string Lang, double CostMs, IReadOnlyList<LibraryVersionConfig> Versions);

/// <summary>A version key (what requests send) and the include folders the gcc backend adds for it.</summary>
public sealed record LibraryVersionConfig(string Id, string Version, IReadOnlyList<string> IncludeDirs);
