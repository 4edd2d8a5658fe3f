namespace CeBench.LocalCe.Api;

/// <summary>
/// Compiler flags CE refuses because they load code, swap tools or write files the service
/// controls: plugins, -B, -wrapper, --specs, response files (@file) and -o.
/// </summary>
public static class FlagPolicy
{
    /// <summary>The refused arguments, empty when all are allowed.</summary>
    public static IReadOnlyList<string> Refused(IEnumerable<string> arguments) =>
        arguments.Where(IsRefused).ToArray();

    private static bool IsRefused(string arg) =>
        arg.StartsWith("-fplugin", StringComparison.Ordinal)
        || arg.StartsWith("-B", StringComparison.Ordinal)
        || arg == "-wrapper"
        || arg.StartsWith("--specs", StringComparison.Ordinal)
        || arg.StartsWith("-specs", StringComparison.Ordinal)
        || arg.StartsWith('@')
        || arg.StartsWith("-o", StringComparison.Ordinal);
}
