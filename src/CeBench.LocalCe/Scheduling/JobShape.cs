using System.Security.Cryptography;
using System.Text;

namespace CeBench.LocalCe.Scheduling;

/// <summary>
/// What makes two requests cost the same to compile: compiler, libraries and the exact source.
/// The size-aware policies learn a cost per shape.
/// </summary>
public sealed record JobShape(string Key)
{
    public static JobShape Of(string compilerId, IEnumerable<string> libraries, string source, string arguments)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(arguments + "\n" + source)))[..16];
        return new JobShape($"{compilerId}|{string.Join(',', libraries.Order(StringComparer.Ordinal))}|{hash}");
    }

    public override string ToString() => Key;
}
