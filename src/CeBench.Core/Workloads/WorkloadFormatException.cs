namespace CeBench.Core.Workloads;

/// <summary>A workload file that cannot be used; the message names the file and, where there is one, the line.</summary>
public sealed class WorkloadFormatException : BadInputException
{
    public WorkloadFormatException(string message) : base(message) { }

    public WorkloadFormatException(string message, Exception inner) : base(message, inner) { }

    public WorkloadFormatException() { }
}
