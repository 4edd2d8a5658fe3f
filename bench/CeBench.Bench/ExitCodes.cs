namespace CeBench.Bench;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A threshold or a comparison failed.</summary>
    public const int Failed = 1;

    /// <summary>Bad input: nothing was sent.</summary>
    public const int BadInput = 2;

    /// <summary>The run was aborted (interrupted, target down).</summary>
    public const int Aborted = 3;
}
