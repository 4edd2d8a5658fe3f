using System.Diagnostics;
using CeBench.Core.Workloads;

namespace CeBench.Tests.Workloads;

/// <summary>Keeps the workload files valid C++: the host g++ checks every one that needs no library.</summary>
public class WorkloadsCompileTests
{
    public static TheoryData<string> LibraryFreeWorkloads()
    {
        var data = new TheoryData<string>();
        foreach (var w in WorkloadCatalog.Load(RepoPaths.Workloads).All.Where(w => w.Libraries.Count == 0))
        {
            data.Add(w.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LibraryFreeWorkloads))]
    public async Task Compiles_with_the_host_gcc_as_its_header_expects(string name)
    {
        var workload = WorkloadCatalog.Load(RepoPaths.Workloads)[name];
        var start = new ProcessStartInfo("g++") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-fsyntax-only");
        foreach (var flag in workload.UserArguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start.ArgumentList.Add(flag);
        }

        start.ArgumentList.Add(workload.FilePath);
        using var gcc = Process.Start(start)!;
        var stderr = gcc.StandardError.ReadToEndAsync();
        await gcc.WaitForExitAsync();

        if (workload.Expect == WorkloadExpectation.Success)
        {
            Assert.True(gcc.ExitCode == 0, $"{name} should compile: {await stderr}");
        }
        else
        {
            Assert.True(gcc.ExitCode != 0, $"{name} should fail to compile");
            Assert.Contains("error", await stderr);
        }
    }
}
