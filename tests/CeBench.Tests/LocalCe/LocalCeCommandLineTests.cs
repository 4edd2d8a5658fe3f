using CeBench.Core;
using CeBench.LocalCe.Faults;
using CeBench.LocalCe.Hosting;
using CeBench.Tests.Fakes;

namespace CeBench.Tests.LocalCe;

public class LocalCeCommandLineTests
{
    [Fact]
    public void Reads_every_flag_and_leaves_the_rest()
    {
        var args = new List<string>
        {
            "--filter", "*Boost*", "--local-policy", "sjf", "--local-workers", "3", "--local-backend", "gcc", "--local-time-scale", "0.5",
            "--local-cost-scale", "1.5", "--local-seed", "9", "--local-stale-after", "30s", "--local-compile-timeout", "5s",
            "--local-max-queue", "50", "--local-fault", "503:0.1", "--local-fault", "delay=2s:0.05", "--local-noise", "0",
            "--local-lanes-threshold", "500ms", "--rps", "2",
        };

        var o = LocalCeCommandLine.Parse(args, new LocalCeOptions(), "--local-");

        Assert.Equal(["--filter", "*Boost*", "--rps", "2"], args);
        Assert.Equal(("sjf", 3, "gcc", 0.5, 1.5, 9), (o.Policy, o.Workers, o.Backend, o.TimeScale, o.CostScale, o.Seed));
        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5), 50, 0.0, 500.0), (o.StaleAfter, o.CompileTimeout, o.MaxQueueLength, o.NoiseSigma, o.LanesShortThresholdMs));
        Assert.Equal([new FaultRule(FaultKind.Status, 0.1, Status: 503), new FaultRule(FaultKind.Delay, 0.05, Delay: TimeSpan.FromSeconds(2))], o.Faults);
    }

    [Theory]
    [InlineData("--policy", "random", "--policy must be one of fifo, sjf, lanes")]
    [InlineData("--backend", "clang", "--backend must be one of model, gcc")]
    [InlineData("--workers", "0", "--workers must be a whole number from 1")]
    [InlineData("--time-scale", "-1", "--time-scale must be a positive number")]
    [InlineData("--stale-after", "soon", "is not a duration")]
    [InlineData("--port", "70000", "--port must be a whole number from 0 to 65535")]
    [InlineData("--catalog", "/nonexistent/catalog.json", "catalog file '/nonexistent/catalog.json' cannot be used")]
    public void Bad_values_are_bad_input(string flag, string value, string message)
    {
        var e = Assert.Throws<BadInputException>(() => LocalCeCommandLine.Parse([flag, value], new LocalCeOptions()));

        Assert.Contains(message, e.Message);
    }

    [Fact]
    public async Task The_standalone_program_prints_its_url_and_serves()
    {
        var port = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = DotnetProcess.Start("CeBench.LocalCe.dll", ["--port", port, "--policy", "lanes", "--time-scale", "0.01"]);

        await process.WaitForLineAsync(
            l => l == $"CeBench.LocalCe listening on http://127.0.0.1:{port}/ (policy lanes, backend model, 2 workers); Ctrl+C stops",
            TimeSpan.FromSeconds(30));
        using var http = new HttpClient();
        Assert.Contains("awesome", await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/healthcheck")));
    }

    [Fact]
    public void Binding_beyond_loopback_needs_the_flag_and_warns()
    {
        var defaults = LocalCeCommandLine.Parse([], new LocalCeOptions());
        var exposed = LocalCeCommandLine.Parse(["--bind", "0.0.0.0"], new LocalCeOptions());

        Assert.Equal(System.Net.IPAddress.Loopback, defaults.BindAddress);
        Assert.Null(LocalCeCommandLine.ExposureWarning(defaults));
        Assert.Equal(System.Net.IPAddress.Any, exposed.BindAddress);
        Assert.Contains("anyone who reaches this port", LocalCeCommandLine.ExposureWarning(exposed));
        Assert.Throws<BadInputException>(() => LocalCeCommandLine.Parse(["--bind", "everywhere"], new LocalCeOptions()));
    }

    [Fact]
    public async Task The_standalone_program_refuses_bad_flags_with_exit_code_2()
    {
        var output = await DotnetProcess.RunAsync("CeBench.LocalCe.dll", ["--policy", "random"], TimeSpan.FromSeconds(30));

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("--policy must be one of fifo, sjf, lanes", output.Stderr);
    }
}
