using CeBench.Tests.Fakes;

namespace CeBench.Tests.Comparison;

/// <summary><c>compare</c> as a process: every kind of bad input is one clear message and exit code 2.</summary>
public sealed class CompareBadInputTests : TempDirectoryTest
{
    private static Task<DotnetProcess.Output> Compare(params string[] args) =>
        DotnetProcess.RunAsync("CeBench.Bench.dll", ["compare", .. args], TimeSpan.FromMinutes(1));

    private string Good(string name) =>
        RunFolders.Write(TempDir, name, RunFolders.Mixed(Latencies.LogNormal(30, 3), Latencies.LogNormal(30, 5)));

    [Fact]
    public async Task A_missing_folder()
    {
        var output = await Compare(Good("before"), Path.Combine(TempDir, "nope"));

        AssertBadInput(output, "results folder '" + Path.Combine(TempDir, "nope") + "' does not exist");
    }

    [Fact]
    public async Task A_folder_without_run_json()
    {
        var after = Good("after");
        File.Delete(Path.Combine(after, "run.json"));

        AssertBadInput(await Compare(Good("before"), after), "has no run.json");
    }

    [Fact]
    public async Task A_corrupt_run_json()
    {
        var after = Good("after");
        File.WriteAllText(Path.Combine(after, "run.json"), "{ \"label\": ");

        AssertBadInput(await Compare(Good("before"), after), "run.json is not a valid run manifest");
    }

    [Fact]
    public async Task A_folder_without_requests_csv()
    {
        var before = Good("before");
        File.Delete(Path.Combine(before, "requests.csv"));

        AssertBadInput(await Compare(before, Good("after")), "has no requests.csv");
    }

    [Theory]
    [InlineData("case,index,workload\nMixed,0,minimal\n")]
    [InlineData("garbage")]
    public async Task A_corrupt_requests_csv(string content)
    {
        var before = Good("before");
        File.WriteAllText(Path.Combine(before, "requests.csv"), content);

        AssertBadInput(await Compare(before, Good("after")), "requests.csv is not a valid request log");
    }

    [Fact]
    public async Task An_unknown_outcome_in_requests_csv()
    {
        var before = Good("before");
        var path = Path.Combine(before, "requests.csv");
        File.WriteAllText(path, File.ReadAllText(path).Replace(",ok,", ",exploded,", StringComparison.Ordinal));

        AssertBadInput(await Compare(before, Good("after")), "requests.csv is not a valid request log");
    }

    [Theory]
    [InlineData("--threshold", "fast", "--threshold 'fast' is neither a percentage nor a time")]
    [InlineData("--threshold", "0%", "--threshold '0%' must be more than zero")]
    [InlineData("--alpha", "2", "--alpha '2' must be a significance level")]
    [InlineData("--bogus", "1", "compare does not know --bogus")]
    public async Task Bad_options(string option, string value, string message)
    {
        AssertBadInput(await Compare(Good("before"), Good("after"), option, value), message);
    }

    [Fact]
    public async Task One_folder_only()
    {
        AssertBadInput(await Compare(Good("before")), "compare needs exactly two results folders, not 1");
    }

    [Fact]
    public async Task No_workload_in_common()
    {
        var before = RunFolders.Write(TempDir, "before", Latencies.LogNormal(30, 3).Select((l, i) => RunFolders.Ok("Isolated(minimal)", "minimal", i, l)));

        AssertBadInput(await Compare(before, Good("after")), "no case and workload in common");
    }

    private void AssertBadInput(DotnetProcess.Output output, string message)
    {
        Assert.True(output.ExitCode == 2, output.Stdout + output.Stderr);
        Assert.Contains("cebench: ", output.Stderr);
        Assert.Contains(message, output.Stderr);
        Assert.False(Directory.EnumerateDirectories(TempDir, "compare-*").Any(), "nothing is written on bad input");
    }
}
