using CeBench.Core.Workloads;
using CeBench.Core;
using CeBench.Tests.Fakes;

namespace CeBench.Tests.Workloads;

public sealed class WorkloadCatalogTests : TempDirectoryTest
{
    private static readonly string[] ExpectedWorkloads =
    [
        "baseline_test", "boost_heavy", "cpu_intensive", "error_syntax", "error_template",
        "fmt_test", "io_intensive", "memory_heavy", "minimal", "simple",
    ];

    [Fact]
    public void The_real_workloads_folder_parses_with_full_headers()
    {
        var catalog = WorkloadCatalog.Load(RepoPaths.Workloads);

        Assert.Equal(ExpectedWorkloads, catalog.All.Select(w => w.Name));
        foreach (var w in catalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(w.Description), $"{w.Name}: description");
            Assert.NotNull(w.Compiler);
            Assert.NotNull(w.BaselineMinMs);
            Assert.True(w.BaselineMaxMs > w.BaselineMinMs, $"{w.Name}: baseline band");
            var header = File.ReadLines(w.FilePath).TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)).ToArray();
            foreach (var key in new[] { "description", "compile", "compiler", "lang", "expect", "baseline_min_ms", "baseline_max_ms", "weight" })
            {
                Assert.Contains(header, l => l.StartsWith($"// {key}:", StringComparison.Ordinal));
            }
        }

        Assert.Equal(
            ["error_syntax", "error_template"],
            catalog.All.Where(w => w.Expect == WorkloadExpectation.CompileError).Select(w => w.Name));
        Assert.Equal([new LibraryRef("boost", "187")], catalog["boost_heavy"].Libraries);
        Assert.Equal([new LibraryRef("ctre", "trunk")], catalog["cpu_intensive"].Libraries);
        Assert.Equal([new LibraryRef("fmt", "trunk")], catalog["fmt_test"].Libraries);
    }

    [Fact]
    public void Reports_every_broken_file_in_one_message()
    {
        Write("good.cpp", "// weight: 1\nint x;\n");
        Write("bad_a.cpp", "// weight: heavy\nint x;\n");
        Write("bad_b.cpp", "// description: b\n// nope: 1\nint x;\n");

        var e = Assert.Throws<WorkloadFormatException>(() => WorkloadCatalog.Load(TempDir));

        Assert.Contains($"{Path.Combine(TempDir, "bad_a.cpp")}:1: weight must be a positive number", e.Message);
        Assert.Contains($"{Path.Combine(TempDir, "bad_b.cpp")}:2: unknown header key 'nope'", e.Message);
        Assert.DoesNotContain("good.cpp", e.Message);
    }

    [Fact]
    public void Duplicate_names_in_subfolders_are_an_error()
    {
        Write("a/same.cpp", "int x;\n");
        Write("b/same.cpp", "int y;\n");

        var e = Assert.Throws<WorkloadFormatException>(() => WorkloadCatalog.Load(TempDir));

        Assert.Contains("workload name 'same' is used by more than one file", e.Message);
    }

    [Fact]
    public void An_empty_folder_is_an_error()
    {
        Write("notes.txt", "not a workload");

        var e = Assert.Throws<WorkloadFormatException>(() => WorkloadCatalog.Load(TempDir));

        Assert.Contains("holds no *.cpp files", e.Message);
    }

    [Fact]
    public void A_missing_folder_is_an_error()
    {
        var e = Assert.Throws<WorkloadFormatException>(() => WorkloadCatalog.Load(Path.Combine(TempDir, "nope")));

        Assert.Contains("does not exist", e.Message);
    }

    [Fact]
    public void An_unreadable_file_is_an_error_naming_it()
    {
        Write("fine.cpp", "int x;\n");
        File.CreateSymbolicLink(Path.Combine(TempDir, "dangling.cpp"), Path.Combine(TempDir, "gone.cpp"));

        var e = Assert.Throws<WorkloadFormatException>(() => WorkloadCatalog.Load(TempDir));

        Assert.Contains($"{Path.Combine(TempDir, "dangling.cpp")}: cannot be read", e.Message);
    }

    [Fact]
    public void Select_keeps_order_and_lists_every_unknown_name()
    {
        Write("one.cpp", "int a;\n");
        Write("two.cpp", "int b;\n");
        var catalog = WorkloadCatalog.Load(TempDir);

        Assert.Equal(["two", "one"], catalog.Select(["two", "ONE"]).Select(w => w.Name));
        var e = Assert.Throws<BadInputException>(() => catalog.Select(["one", "three", "four"]));
        Assert.Contains("unknown workload(s): three, four; known: one, two", e.Message);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(TempDir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
