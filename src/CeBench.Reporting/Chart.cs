namespace CeBench.Reporting;

/// <summary>
/// One rendered chart: its kind (one of <see cref="ChartKinds"/>), what it is about (a case, or a
/// case's workload), a title, a caption that says how to read it, and the PNG.
/// </summary>
public sealed record Chart(string Kind, string Subject, string Title, string Caption, byte[] Png);
