namespace CeBench.Core.Workloads;

/// <summary>What a correct service answers for a workload: a successful compile, or a compile error.</summary>
public enum WorkloadExpectation
{
    Success,
    CompileError,
}
