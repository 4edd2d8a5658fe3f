using System.Text.Json.Nodes;
using CeBench.Core.Requests;
using CeBench.Core.Workloads;

namespace CeBench.Tests.Requests;

public class CompileRequestBuilderTests
{
    private static readonly Workload TwoLibraries = WorkloadParser.Parse(
        "/w/two_libs.cpp",
        "// compile: -O2 -std=c++20\n// lib: boost/187\n// lib: fmt/trunk\n\nint main() {}\n");

    [Fact]
    public void The_body_has_ce_shape_with_libraries_arguments_and_bypass_cache()
    {
        var body = JsonNode.Parse(CompileRequestBuilder.Prepare(TwoLibraries, new CompileRunOptions()).Body.Span)!;

        Assert.Equal(TwoLibraries.Source, (string?)body["source"]);
        Assert.Equal("c++", (string?)body["lang"]);
        Assert.Equal(1, (int?)body["bypassCache"]);
        Assert.False((bool?)body["allowStoreCodeDebug"]);
        var options = body["options"]!;
        Assert.Equal("-O2 -std=c++20", (string?)options["userArguments"]);
        Assert.False((bool?)options["compilerOptions"]!["skipAsm"]);
        Assert.False((bool?)options["compilerOptions"]!["executorRequest"]);
        Assert.False((bool?)options["filters"]!["execute"]);
        Assert.Empty(options["tools"]!.AsArray());
        Assert.Equal(
            """[{"id":"boost","version":"187"},{"id":"fmt","version":"trunk"}]""",
            options["libraries"]!.ToJsonString());
    }

    [Fact]
    public void Compiler_comes_from_the_run_override_then_the_header_then_the_default()
    {
        var pinned = TwoLibraries with { Compiler = "g122" };

        Assert.Equal("g151", CompileRequestBuilder.ResolveCompiler(TwoLibraries, new CompileRunOptions()));
        Assert.Equal("g122", CompileRequestBuilder.ResolveCompiler(pinned, new CompileRunOptions()));
        Assert.Equal("clang1900", CompileRequestBuilder.ResolveCompiler(pinned, new CompileRunOptions { Compiler = "clang1900" }));
    }

    [Fact]
    public void Execute_is_set_by_the_header_or_by_the_run()
    {
        static bool? Execute(Workload w, CompileRunOptions o) =>
            (bool?)JsonNode.Parse(CompileRequestBuilder.Prepare(w, o).Body.Span)!["options"]!["filters"]!["execute"];

        Assert.True(Execute(TwoLibraries with { Execute = true }, new CompileRunOptions()));
        Assert.True(Execute(TwoLibraries, new CompileRunOptions { ExecuteAll = true }));
        Assert.False(Execute(TwoLibraries, new CompileRunOptions()));
    }
}
