using CeBench.Core.Driver;
using CeBench.Core.Records;

namespace CeBench.Core.Runs;

/// <summary>A finished case: how the driver ended and every record it wrote for the case.</summary>
public sealed record CaseResult(string Case, DriverResult Driver, IReadOnlyList<RequestRecord> Records);
