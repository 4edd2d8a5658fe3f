using CeBench.Core.Workloads;

namespace CeBench.Core.Requests;

/// <summary>
/// A compile request ready to send: the body is serialized once per workload, not once per
/// request, so the dispatch path does no JSON work.
/// </summary>
public sealed record PreparedCompileRequest(Workload Workload, string CompilerId, ReadOnlyMemory<byte> Body);
