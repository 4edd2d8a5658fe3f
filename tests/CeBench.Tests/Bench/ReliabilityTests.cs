using CeBench.Core.Records;
using CeBench.LocalCe.Hosting;
using CeBench.Tests.Fakes;
using CeBench.Tests.LocalCe;

namespace CeBench.Tests.Bench;

/// <summary>The bench as a process against a target the test owns: bad input, thresholds, a dying target, SIGTERM.</summary>
public sealed class ReliabilityTests : TempDirectoryTest
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static TheoryData<string[], string> BadInputs() => new()
    {
        { ["--rps", "-1"], "--rps must be a positive number" },
        { ["--rps", "abc"], "--rps must be a number" },
        { ["--duration", "0s"], "--duration must be longer than 0" },
        { ["--duration", "soon"], "is not a duration" },
        { ["--pattern", "spike"], "--pattern must be steady, burst, ramp, wave or sustained" },
        { ["--burst-rps", "5"], "--burst-rps does not apply to --pattern steady" },
        { ["--pattern", "wave", "--base-rps", "1", "--amplitude-rps", "2"], "--amplitude-rps" },
        { ["--scenarios", "nope"], "unknown workload(s): nope" },
        { ["--compiler", "clang9000"], "compiler 'clang9000'" },
        { ["--threshold", "p42<1s"], "unknown metric 'p42'" },
        { ["--threshold", "nope:p95<1s"], "names workload 'nope'" },
        { ["--threshold", "p95"], "needs a comparison" },
        { ["--threshold", "errors<1"], "percentage" },
        { ["--arrivals", "bursty"], "--arrivals must be uniform or poisson" },
        { ["--max-in-flight", "0"], "--max-in-flight must be a whole number of at least 1" },
        { ["--timeout", "0s"], "--timeout must be longer than 0" },
        { ["--retries", "-1"], "--retries must be a whole number of at least 0" },
        { ["--breaker-error-rate", "2"], "--breaker-error-rate must be above 0" },
        { ["--endpoint", "https://beta.compiler-explorer.com"], "is not Compiler Explorer's beta" },
        { ["--endpoint", "ftp://example"], "endpoint 'ftp://example' is not valid" },
        { ["--endpoint", "prod", "--rps", "100"], "rate-limits at 12,000 requests per 5 minutes" },
        { ["--endpoint", "DEAD"], "did not answer discovery" },
        { ["--results", "/proc/cebench"], "is not writable" },
        { ["--label", "a/b"], "must be a plain folder name" },
        { ["--workloads-dir", "/nonexistent/workloads"], "does not exist" },
        { ["--workloads-dir", "BROKEN"], "unknown header key 'colour'" },
        { ["--workloads-dir", "UNKNOWN_LIB"], "library version 'boost/999'" },
        { ["--local-policy", "random"], "--local-policy must be one of fifo, sjf, lanes" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_one_message_exit_2_and_no_compile_request(string[] args, string message)
    {
        await using var target = await LocalTargets.StartAsync();
        var output = await DotnetProcess.RunAsync("CeBench.Bench.dll", Arguments(args, target), Limit);

        Assert.Equal(2, output.ExitCode);
        Assert.Contains(message, output.Stderr);
        Assert.Equal(0, target.Stats.Received);
        Assert.Empty(Directory.EnumerateFiles(TempDir, RequestCsv.FileName, SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Thresholds_pass_and_fail_with_exit_codes_0_and_1()
    {
        await using var target = await LocalTargets.StartAsync();

        var pass = await DotnetProcess.RunAsync("CeBench.Bench.dll", Arguments(["--filter", "*minimal*", "--rps", "5", "--duration", "1s", "--threshold", "p99<60s", "--threshold", "minimal:errors<1%"], target), Limit);
        var fail = await DotnetProcess.RunAsync("CeBench.Bench.dll", Arguments(["--filter", "*minimal*", "--rps", "5", "--duration", "1s", "--threshold", "p50<0.001ms"], target), Limit);

        Assert.True(pass.ExitCode == 0, pass.Stdout + pass.Stderr);
        Assert.Contains("| `p99<60s` | Isolated(minimal) | minimal |", pass.Stdout);
        Assert.DoesNotContain("FAIL", pass.Stdout);
        Assert.Equal(1, fail.ExitCode);
        Assert.Contains("| FAIL |", fail.Stdout);
        Assert.Contains("1 threshold check(s) failed", fail.Stderr);
    }

    [Fact]
    public async Task A_target_that_dies_mid_run_aborts_it_with_exit_3_and_every_record_written()
    {
        var target = await LocalTargets.StartAsync();
        using var bench = DotnetProcess.Start("CeBench.Bench.dll", Arguments(["--filter", "*minimal*", "--rps", "20", "--duration", "20s", "--label", "dying", "--retries", "0", "--breaker-min-requests", "5"], target));
        await bench.WaitForLineAsync(l => l.StartsWith("progress", StringComparison.Ordinal), Limit);
        await target.DisposeAsync();

        var output = await bench.WaitAsync(Limit);

        Assert.True(output.ExitCode == 3, output.Stdout + output.Stderr);
        Assert.Contains("circuit breaker open", output.Stderr);
        var records = RequestCsv.Read(Path.Combine(TempDir, "dying", RequestCsv.FileName));
        Assert.Equal(400, records.Count);
        Assert.Equal(400, records.Select(r => r.Index).Distinct().Count());
        Assert.Contains(records, r => r.Outcome == CeBench.Core.Client.Outcome.TransportError);
        Assert.Contains(records, r => r.Detail.Contains("circuit breaker open", StringComparison.Ordinal));
        Assert.Contains("\"complete\": false", File.ReadAllText(Path.Combine(TempDir, "dying", "run.json")));
    }

    [Fact]
    public async Task Sigterm_stops_the_run_with_exit_3_and_keeps_what_it_recorded()
    {
        await using var target = await LocalTargets.StartAsync(LocalTargets.Fast with { TimeScale = 0.05 });
        using var bench = DotnetProcess.Start("CeBench.Bench.dll", Arguments(["--filter", "*simple*", "--rps", "10", "--duration", "20s", "--label", "stopped"], target));
        await bench.WaitForLineAsync(l => l.StartsWith("progress", StringComparison.Ordinal), Limit);
        bench.Terminate();

        var output = await bench.WaitAsync(Limit);

        Assert.True(output.ExitCode == 3, output.Stdout + output.Stderr);
        var records = RequestCsv.Read(Path.Combine(TempDir, "stopped", RequestCsv.FileName));
        Assert.Equal(200, records.Count);
        Assert.Contains(records, r => r.Outcome == CeBench.Core.Client.Outcome.Ok);
        Assert.Contains(records, r => r.Outcome == CeBench.Core.Client.Outcome.Cancelled);
        Assert.Contains("\"complete\": false", File.ReadAllText(Path.Combine(TempDir, "stopped", "run.json")));
    }

    /// <summary>The case's arguments aimed at the test's target and results folder; placeholders become real paths.</summary>
    private string[] Arguments(string[] args, LocalCeHost target)
    {
        var resolved = args.Select(a => a switch
        {
            "DEAD" => $"http://127.0.0.1:{FreePort.Next()}",
            "BROKEN" => WorkloadFolderWith("// colour: blue\nint x;\n"),
            "UNKNOWN_LIB" => WorkloadFolderWith("// lib: boost/999\nint x;\n"),
            _ => a,
        }).ToList();
        if (!resolved.Contains("--endpoint"))
        {
            resolved.AddRange(["--endpoint", target.BaseUri.AbsoluteUri]);
        }

        if (!resolved.Contains("--results"))
        {
            resolved.AddRange(["--results", TempDir]);
        }

        return [.. resolved];
    }

    private string WorkloadFolderWith(string source)
    {
        var folder = Path.Combine(TempDir, "workloads-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "only.cpp"), source);
        return folder;
    }
}
