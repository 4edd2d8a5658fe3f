using System.Text;

namespace CeBench.LocalCe.Api;

/// <summary>Splits userArguments as a shell would for plain words and quotes (no expansion).</summary>
public static class ArgumentSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    args.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            args.Add(current.ToString());
        }

        return args;
    }
}
