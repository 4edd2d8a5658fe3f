using CeBench.Core;
using CeBench.Core.Endpoints;
using CeBench.Core.Runs;
using CeBench.Core.Schedules;

namespace CeBench.Tests.Runs;

public class RunSettingsParserTests
{
    private static RunSettings Parse(params string[] args) => RunSettingsParser.Parse([.. args]);

    [Fact]
    public void Takes_its_own_options_and_leaves_benchmarkdotnets()
    {
        var args = new List<string>
        {
            "--filter", "*Boost*", "--endpoint", "http://127.0.0.1:9999", "--pattern=ramp", "--start-rps", "5", "--end-rps", "0.5",
            "--duration", "90s", "--arrivals", "poisson", "--seed", "42", "--compiler", "g122", "--workloads", "simple, boost_heavy",
            "--max-in-flight", "50", "--timeout", "30s", "--retries", "0", "--label", "before", "--results", "/tmp/r",
            "--user-agent", "me/1", "--exporters", "json", "--local-policy", "sjf",
        };

        var s = RunSettingsParser.Parse(args);

        Assert.Equal(["--filter", "*Boost*", "--exporters", "json", "--local-policy", "sjf"], args);
        Assert.Equal(EndpointKind.Url, s.Endpoint.Kind);
        Assert.Equal(new RampPattern(5, 0.5), s.Pattern);
        Assert.Equal(TimeSpan.FromSeconds(90), s.Duration);
        Assert.Equal((ArrivalProcess.Poisson, 42, "g122"), (s.Arrivals, s.Seed, s.Compiler));
        Assert.Equal(["simple", "boost_heavy"], s.Scenarios);
        Assert.Equal((50, TimeSpan.FromSeconds(30), 0), (s.MaxInFlight, s.Timeout, s.Retries));
        Assert.Equal(("before", "/tmp/r", "me/1"), (s.Label, s.ResultsDir, s.UserAgent));
    }

    [Fact]
    public void Defaults_are_a_steady_one_request_per_second_for_30_seconds_on_the_local_target()
    {
        var s = Parse();

        Assert.Equal(EndpointKind.Local, s.Endpoint.Kind);
        Assert.Equal(new SteadyPattern(1), s.Pattern);
        Assert.Equal((TimeSpan.FromSeconds(30), ArrivalProcess.Uniform, 1, 1000, 2), (s.Duration, s.Arrivals, s.Seed, s.MaxInFlight, s.Retries));
        Assert.Empty(s.Scenarios);
    }

    [Theory]
    [InlineData("burst", new[] { "--baseline-rps", "1", "--burst-rps", "20", "--burst-duration", "2s", "--burst-interval", "10s" })]
    [InlineData("wave", new[] { "--base-rps", "4", "--amplitude-rps", "2", "--period", "20s" })]
    [InlineData("sustained", new[] { "--rps", "3", "--warmup", "5s", "--window", "10s" })]
    public void Builds_every_pattern_from_its_options(string pattern, string[] options)
    {
        var s = Parse([.. new[] { "--pattern", pattern, "--duration", "60s" }, .. options]);

        Assert.Equal(pattern, s.Pattern.Name);
        Assert.Equal(
            pattern switch
            {
                "burst" => new BurstPattern(1, 20, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10)),
                "wave" => new WavePattern(4, 2, TimeSpan.FromSeconds(20)),
                _ => (LoadPattern)new SustainedPattern(3, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)),
            },
            s.Pattern);
    }

    [Theory]
    [InlineData(new[] { "--rps", "-2" }, "--rps")]
    [InlineData(new[] { "--rps", "lots" }, "--rps must be a number")]
    [InlineData(new[] { "--duration", "0s" }, "--duration")]
    [InlineData(new[] { "--duration", "forever" }, "is not a duration")]
    [InlineData(new[] { "--pattern", "spike" }, "--pattern must be steady, burst, ramp, wave or sustained")]
    [InlineData(new[] { "--burst-rps", "9" }, "--burst-rps does not apply to --pattern steady")]
    [InlineData(new[] { "--arrivals", "bursty" }, "--arrivals must be uniform or poisson")]
    [InlineData(new[] { "--max-in-flight", "0" }, "--max-in-flight must be a whole number of at least 1")]
    [InlineData(new[] { "--retries", "-1" }, "--retries must be a whole number of at least 0")]
    [InlineData(new[] { "--timeout", "0s" }, "--timeout must be longer than 0")]
    [InlineData(new[] { "--endpoint", "https://beta.compiler-explorer.com" }, "is not Compiler Explorer's beta")]
    [InlineData(new[] { "--endpoint", "ftp://x" }, "endpoint 'ftp://x' is not valid")]
    [InlineData(new[] { "--label", "a/b" }, "--label 'a/b' must be a plain folder name")]
    [InlineData(new[] { "--seed", "1", "--seed", "2" }, "--seed is given twice")]
    [InlineData(new[] { "--duration" }, "--duration needs a value")]
    public void Bad_values_are_one_clear_error(string[] args, string message)
    {
        var e = Assert.Throws<BadInputException>(() => Parse(args));

        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Force_endpoint_is_a_flag_that_allows_the_beta_host()
    {
        var s = Parse("--endpoint", "https://beta.compiler-explorer.com", "--force-endpoint");

        Assert.Equal("beta.compiler-explorer.com", s.Endpoint.BaseUri!.Host);
    }
}
