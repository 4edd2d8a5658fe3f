using System.Diagnostics;
using System.Text.Json;
using CeBench.Core.Wire;
using CeBench.LocalCe.Scheduling;

namespace CeBench.LocalCe.Backends;

/// <summary>
/// Really compiles with the host compiler (<c>g++ -S</c>) in a temporary folder of its own that is
/// removed whatever happens, killing the compiler (and its children) at the compile timeout.
/// Execution is not offered: the local target does not run user programs.
/// </summary>
public sealed class GccBackend(TimeSpan compileTimeout, string? tempRoot = null, int maxAsmLines = 50_000) : ICompileBackend
{
    private const string SourceName = "example.cpp";

    public async Task<BackendResult> CompileAsync(CompileJob job, CancellationToken cancellationToken)
    {
        var dir = Directory.CreateDirectory(Path.Combine(tempRoot ?? Path.GetTempPath(), "cebench-localce-" + Guid.NewGuid().ToString("N")));
        try
        {
            return await CompileInAsync(dir.FullName, job, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private async Task<BackendResult> CompileInAsync(string dir, CompileJob job, CancellationToken cancellationToken)
    {
        var sourcePath = Path.Combine(dir, SourceName);
        var asmPath = Path.Combine(dir, "output.s");
        await File.WriteAllTextAsync(sourcePath, job.Source, cancellationToken).ConfigureAwait(false);

        var start = new ProcessStartInfo(job.Compiler.Executable)
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-S", "-fdiagnostics-color=never", "-o", asmPath })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var include in job.LibraryVersions.SelectMany(v => v.IncludeDirs))
        {
            start.ArgumentList.Add("-isystem");
            start.ArgumentList.Add(include);
        }

        foreach (var arg in job.Arguments)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(SourceName);

        var watch = Stopwatch.StartNew();
        using var gcc = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {job.Compiler.Executable}");
        var stdout = gcc.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = gcc.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(compileTimeout);
        try
        {
            await gcc.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            gcc.Kill(entireProcessTree: true);
            await gcc.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return new BackendResult
            {
                Code = -1,
                ExecTimeMs = watch.Elapsed.TotalMilliseconds,
                TimedOut = true,
                Stderr = [CompileResponseBody.KilledText],
            };
        }

        var elapsed = watch.Elapsed.TotalMilliseconds;
        var asm = gcc.ExitCode == 0 && File.Exists(asmPath) ? File.ReadLines(asmPath).Take(maxAsmLines + 1).ToList() : ["<Compilation failed>"];
        var truncated = asm.Count > maxAsmLines;
        return new BackendResult
        {
            Code = gcc.ExitCode,
            ExecTimeMs = elapsed,
            Stdout = Lines(await stdout.ConfigureAwait(false), dir),
            Stderr = Lines(await stderr.ConfigureAwait(false), dir),
            Asm = truncated ? asm.Take(maxAsmLines).ToList() : asm,
            Truncated = truncated,
            ExecResult = job.Execute
                ? JsonSerializer.SerializeToElement(new { code = -1, stdout = Array.Empty<TextLine>(), stderr = new[] { new TextLine("the local gcc backend does not execute programs") } })
                : null,
        };
    }

    /// <summary>CE shows diagnostics against &lt;source&gt;, not the temp path.</summary>
    private static string[] Lines(string text, string dir) =>
        text.Length == 0
            ? []
            : text.Replace(Path.Combine(dir, SourceName), "<source>", StringComparison.Ordinal)
                .Replace(SourceName, "<source>", StringComparison.Ordinal)
                .TrimEnd('\n').Split('\n');
}
