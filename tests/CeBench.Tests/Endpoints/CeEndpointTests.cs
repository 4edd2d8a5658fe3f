using CeBench.Core;
using CeBench.Core.Endpoints;

namespace CeBench.Tests.Endpoints;

public class CeEndpointTests
{
    [Theory]
    [InlineData("prod", EndpointKind.Prod, "https://compiler-explorer.com/api/compiler/g151/compile")]
    [InlineData("beta", EndpointKind.Beta, "https://compiler-explorer.com/beta/api/compiler/g151/compile")]
    [InlineData("https://compiler-explorer.com/beta/", EndpointKind.Beta, "https://compiler-explorer.com/beta/api/compiler/g151/compile")]
    [InlineData("http://127.0.0.1:10240", EndpointKind.Url, "http://127.0.0.1:10240/api/compiler/g151/compile")]
    [InlineData("http://127.0.0.1:8080/ce/", EndpointKind.Url, "http://127.0.0.1:8080/ce/api/compiler/g151/compile")]
    public void Presets_and_urls_keep_their_path_prefix(string text, EndpointKind kind, string compileUrl)
    {
        var endpoint = CeEndpoint.Parse(text);

        Assert.Equal(kind, endpoint.Kind);
        Assert.Equal(compileUrl, endpoint.CompileUri("g151").AbsoluteUri);
    }

    [Fact]
    public void Local_has_no_address_until_started()
    {
        var local = CeEndpoint.Parse("local");

        Assert.Equal(EndpointKind.Local, local.Kind);
        Assert.Null(local.BaseUri);
        Assert.Throws<InvalidOperationException>(() => local.CompileUri("g151"));
        Assert.Equal("http://127.0.0.1:5000/api/compilers", local.WithBaseUri(new Uri("http://127.0.0.1:5000/")).Api("api/compilers").AbsoluteUri);
    }

    [Fact]
    public void The_beta_host_is_refused_with_an_explanation_unless_forced()
    {
        var e = Assert.Throws<BadInputException>(() => CeEndpoint.Parse("https://beta.compiler-explorer.com"));

        Assert.Contains("is not Compiler Explorer's beta", e.Message);
        Assert.Contains("--endpoint beta", e.Message);
        Assert.Equal("beta.compiler-explorer.com", CeEndpoint.Parse("https://beta.compiler-explorer.com", force: true).BaseUri!.Host);
    }

    [Theory]
    [InlineData("staging")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("127.0.0.1:10240")]
    [InlineData("http://127.0.0.1:1/?x=1")]
    public void Anything_else_is_bad_input(string text)
    {
        var e = Assert.Throws<BadInputException>(() => CeEndpoint.Parse(text));

        Assert.Contains($"'{text}'", e.Message);
    }

    [Theory]
    [InlineData("prod", true)]
    [InlineData("beta", true)]
    [InlineData("https://godbolt.org", true)]
    [InlineData("https://www.godbolt.org", true)]
    [InlineData("http://127.0.0.1:1", false)]
    [InlineData("https://notcompiler-explorer.com", false)]
    public void Knows_which_endpoints_are_the_public_service(string text, bool isPublic) =>
        Assert.Equal(isPublic, CeEndpoint.Parse(text).IsPublicService);
}
