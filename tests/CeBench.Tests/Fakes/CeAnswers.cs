namespace CeBench.Tests.Fakes;

/// <summary>Compile answers in CE's JSON shape, for scripted servers.</summary>
public static class CeAnswers
{
    public const string Ok = """{"code":0,"okToCache":true,"timedOut":false,"truncated":false,"stdout":[],"stderr":[],"asm":[{"text":"main:"},{"text":"  ret"}],"execTime":"412","queueTime":35,"processExecutionResultTime":1.5,"parsingTime":"2"}""";

    public const string CompileError = """{"code":1,"timedOut":false,"stdout":[],"stderr":[{"text":"<source>:3:1: error: expected ';' before '}' token"}],"asm":[{"text":"<Compilation failed>"}],"execTime":120}""";

    public const string Internal = """{"code":-1,"stdout":[],"stderr":[{"text":"Internal Compiler Explorer error"}]}""";

    public const string StaleQueue = """{"code":-1,"stdout":[],"stderr":[{"text":"Compilation was in the queue too long"}]}""";

    public const string Killed = """{"code":-1,"timedOut":true,"stdout":[],"stderr":[{"text":"Killed - processing time exceeded"}],"execTime":20000}""";
}
