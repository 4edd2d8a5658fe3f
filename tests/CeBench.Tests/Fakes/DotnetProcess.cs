using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace CeBench.Tests.Fakes;

/// <summary>Runs one of the solution's programs (copied next to the tests) as a real process, bounded in time.</summary>
public sealed class DotnetProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly BlockingCollection<string> _lines = [];

    private DotnetProcess(string dll, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (_stdout)
                {
                    _stdout.AppendLine(line);
                }

                _lines.Add(line);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public sealed record Output(int ExitCode, string Stdout, string Stderr);

    public static DotnetProcess Start(string dll, IEnumerable<string> args) => new(dll, args);

    public static async Task<Output> RunAsync(string dll, IEnumerable<string> args, TimeSpan limit)
    {
        using var process = Start(dll, args);
        return await process.WaitAsync(limit);
    }

    /// <summary>Waits until a line of standard output satisfies <paramref name="match"/>.</summary>
    public async Task WaitForLineAsync(Func<string, bool> match, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await Task.Run(() =>
        {
            foreach (var line in _lines.GetConsumingEnumerable(timeout.Token))
            {
                if (match(line))
                {
                    return;
                }
            }
        });
    }

    /// <summary>SIGTERM, as a container runtime or `kill` sends it.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task<Output> WaitAsync(TimeSpan limit)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            throw;
        }

        // Let the asynchronous readers drain the pipes.
        _process.WaitForExit();
        lock (_stdout)
        {
            lock (_stderr)
            {
                return new Output(_process.ExitCode, _stdout.ToString(), _stderr.ToString());
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _lines.Dispose();
    }
}
