using CeBench.Core.Wire;

namespace CeBench.Tests.Wire;

public class CompileResponseParsingTests
{
    [Fact]
    public void Timings_may_be_numbers_or_strings()
    {
        var r = CeJson.TryParseResponse("""{"code":"0","execTime":"412","queueTime":35.5,"parsingTime":"2.25","retreivedFromCache":false}""")!;

        Assert.Equal(0, r.Code);
        Assert.Equal(412, r.ExecTime);
        Assert.Equal(35.5, r.QueueTime);
        Assert.Equal(2.25, r.ParsingTime);
        Assert.False(r.RetrievedFromCache);
    }

    [Fact]
    public void Missing_fields_are_null_not_errors()
    {
        var r = CeJson.TryParseResponse("""{"code":0}""")!;

        Assert.Null(r.ExecTime);
        Assert.Null(r.QueueTime);
        Assert.Null(r.TimedOut);
        Assert.Equal("", r.StdoutText);
        Assert.Equal("", r.StderrText);
    }

    [Fact]
    public void Line_arrays_accept_objects_strings_or_one_string()
    {
        var r = CeJson.TryParseResponse(
            """{"code":1,"stdout":"a\nb","stderr":[{"text":"x","tag":{"line":3}},"y",{"source":null}],"asm":[{"text":"main:","source":{"line":1}}],"execResult":{"code":0}}""")!;

        Assert.Equal("a\nb", r.StdoutText);
        Assert.Equal("x\ny\n", r.StderrText);
        Assert.Equal("main:", Assert.Single(r.Asm!).Text);
        Assert.Equal(0, r.ExecResult!.Value.GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bad Gateway")]
    [InlineData("<html><body>504</body></html>")]
    [InlineData("{\"code\":0,")]
    [InlineData("[1,2]")]
    public void Bodies_that_are_not_a_compile_result_give_null(string body) =>
        Assert.Null(CeJson.TryParseResponse(body));
}
