using CeBench.Core.Workloads;

namespace CeBench.Tests.Workloads;

public class WorkloadParserTests
{
    private const string Path = "/w/sample.cpp";

    [Fact]
    public void Reads_every_header_key()
    {
        const string text = """
            // description: two libraries and everything else
            // compile: -O2 -std=c++20 -DX=1
            // lib: boost/187
            // lib: fmt/trunk
            // compiler: g122
            // lang: c++
            // expect: compile-error
            // execute: true
            // weight: 2.5
            // baseline_min_ms: 100
            // baseline_max_ms: 500

            int main() { return 0; }
            """;

        var w = WorkloadParser.Parse(Path, text);

        Assert.Equal("sample", w.Name);
        Assert.Equal(Path, w.FilePath);
        Assert.Equal(text, w.Source);
        Assert.Equal("two libraries and everything else", w.Description);
        Assert.Equal("-O2 -std=c++20 -DX=1", w.UserArguments);
        Assert.Equal([new LibraryRef("boost", "187"), new LibraryRef("fmt", "trunk")], w.Libraries);
        Assert.Equal("g122", w.Compiler);
        Assert.Equal("c++", w.Lang);
        Assert.Equal(WorkloadExpectation.CompileError, w.Expect);
        Assert.True(w.Execute);
        Assert.Equal(2.5, w.Weight);
        Assert.Equal(100, w.BaselineMinMs);
        Assert.Equal(500, w.BaselineMaxMs);
    }

    [Fact]
    public void Defaults_apply_when_keys_are_absent_and_the_header_ends_at_the_first_code_line()
    {
        var w = WorkloadParser.Parse(Path, "// compile:\n//\nint f();\n// lib: not/header\n");

        Assert.Equal("", w.UserArguments);
        Assert.Empty(w.Libraries);
        Assert.Null(w.Compiler);
        Assert.Equal("c++", w.Lang);
        Assert.Equal(WorkloadExpectation.Success, w.Expect);
        Assert.False(w.Execute);
        Assert.Equal(1, w.Weight);
        Assert.Null(w.BaselineMinMs);
        Assert.Null(w.BaselineMaxMs);
    }

    [Fact]
    public void Accepts_crlf_line_endings_and_a_byte_order_mark()
    {
        var w = WorkloadParser.Parse(Path, "\uFEFF// description: windows file\r\n// weight: 3\r\n\r\nint x;\r\n");

        Assert.Equal("windows file", w.Description);
        Assert.Equal(3, w.Weight);
    }

    [Theory]
    [InlineData("// description: ok\n// colour: blue\n", 2, "unknown header key 'colour'")]
    [InlineData("// just a comment\n", 1, "is not 'key: value'")]
    [InlineData("// lib: boost\n", 1, "lib must be '<id>/<version>'")]
    [InlineData("// lib: boost/187/x\n", 1, "lib must be '<id>/<version>'")]
    [InlineData("// lib: /187\n", 1, "lib must be '<id>/<version>'")]
    [InlineData("// lib: boost/187\n// lib: boost/186\n", 2, "library 'boost' is listed twice")]
    [InlineData("// compiler: g 151\n", 1, "compiler must be an id")]
    [InlineData("// compiler:\n", 1, "compiler must be an id")]
    [InlineData("// lang: c/c++\n", 1, "lang must be an id")]
    [InlineData("// expect: failure\n", 1, "expect must be 'success' or 'compile-error'")]
    [InlineData("// execute: yes\n", 1, "execute must be 'true' or 'false'")]
    [InlineData("// weight: 0\n", 1, "weight must be a positive number")]
    [InlineData("// weight: -1\n", 1, "weight must be a positive number")]
    [InlineData("// weight: lots\n", 1, "weight must be a positive number")]
    [InlineData("// weight: NaN\n", 1, "weight must be a positive number")]
    [InlineData("// baseline_min_ms: -5\n// baseline_max_ms: 10\n", 1, "baseline_min_ms must be a whole number")]
    [InlineData("// baseline_min_ms: 1.5\n// baseline_max_ms: 10\n", 1, "baseline_min_ms must be a whole number")]
    [InlineData("// baseline_min_ms: 10\n// baseline_max_ms: 5s\n", 2, "baseline_max_ms must be a whole number")]
    [InlineData("// baseline_min_ms: 500\n// baseline_max_ms: 100\n", 2, "is above baseline_max_ms")]
    [InlineData("// description: a\n// baseline_min_ms: 500\n", 2, "go together")]
    [InlineData("// description: a\n// description: b\n", 2, "'description' is given twice (first on line 1)")]
    [InlineData("// weight: 1\n// weight: 2\n", 2, "'weight' is given twice")]
    public void Rejects_a_bad_header_naming_file_and_line(string text, int line, string problem)
    {
        var e = Assert.Throws<WorkloadFormatException>(() => WorkloadParser.Parse(Path, text + "int x;\n"));

        Assert.StartsWith($"{Path}:{line}: ", e.Message);
        Assert.Contains(problem, e.Message);
    }
}
