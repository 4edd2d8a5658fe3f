using CeBench.Core.Client;
using CeBench.LocalCe.Hosting;
using CeBench.Tests.Fakes;

namespace CeBench.Tests.LocalCe;

/// <summary>The gcc backend really compiles with the host g++ and leaves no temp folders behind.</summary>
public sealed class GccBackendTests : TempDirectoryTest
{
    private LocalCeOptions Gcc => new() { Backend = "gcc", TempRoot = TempDir };

    [Fact]
    public async Task Compiles_a_real_workload_and_reports_a_compile_error_for_error_syntax()
    {
        await using var host = await LocalTargets.StartAsync(Gcc);
        using var client = LocalTargets.Client(host);

        var ok = await client.CompileAsync(LocalTargets.Request("simple"), CancellationToken.None);
        var error = await client.CompileAsync(LocalTargets.Request("error_syntax"), CancellationToken.None);

        Assert.Equal(Outcome.Ok, ok.Outcome);
        Assert.True(ok.Response!.ExecTime > 0);
        Assert.Contains(ok.Response.Asm!, l => l.Text.Contains(".text", StringComparison.Ordinal) || l.Text.EndsWith(':'));
        Assert.Equal((Outcome.CompileError, true), (error.Outcome, error.IsExpected));
        Assert.Contains("<source>:", error.Response!.StderrText);
        Assert.DoesNotContain(TempDir, error.Response.StderrText);
        Assert.Empty(Directory.EnumerateFileSystemEntries(TempDir));
    }

    [Fact]
    public async Task A_compile_past_the_timeout_is_killed_and_cleaned_up()
    {
        await using var host = await LocalTargets.StartAsync(Gcc with { CompileTimeout = TimeSpan.FromMilliseconds(100) });
        using var client = LocalTargets.Client(host);

        var result = await client.CompileAsync(LocalTargets.Request("memory_heavy"), CancellationToken.None);

        Assert.Equal(Outcome.ServerTimeout, result.Outcome);
        Assert.True(result.Response!.TimedOut);
        Assert.Contains("Killed - processing time exceeded", result.Response.StderrText);
        Assert.Empty(Directory.EnumerateFileSystemEntries(TempDir));
        Assert.Equal(1, host.Stats.ByOutcome["timed-out"]);
    }
}
