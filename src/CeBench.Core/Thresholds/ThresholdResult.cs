namespace CeBench.Core.Thresholds;

/// <summary>One threshold checked against one case (and workload): what was measured and whether it held.</summary>
public sealed record ThresholdResult(Threshold Threshold, string Case, string Workload, double? Measured, bool Passed);
