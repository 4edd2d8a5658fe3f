namespace CeBench.Core;

/// <summary>
/// A problem with what the user asked for (a workload header, an option, an endpoint, an id the
/// target does not know). The message names the problem and the fix; callers exit with code 2
/// and send no load.
/// </summary>
public class BadInputException : Exception
{
    public BadInputException(string message) : base(message) { }

    public BadInputException(string message, Exception inner) : base(message, inner) { }

    public BadInputException() { }
}
