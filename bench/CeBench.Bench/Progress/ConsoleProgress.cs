using System.Globalization;
using CeBench.Core.Runs;
using Spectre.Console;

namespace CeBench.Bench.Progress;

/// <summary>Once a second: a coloured Spectre.Console line on a terminal, a plain line when output is redirected.</summary>
public sealed class ConsoleProgress(bool interactive)
{
    public static ConsoleProgress For(bool interactive) => new(interactive);

    public void Report(ProgressSnapshot p)
    {
        var p95 = p.RollingP95Ms is { } v ? v.ToString("0", CultureInfo.InvariantCulture) + " ms" : "-";
        // Past the schedule's end the run only waits for answers still in flight.
        var elapsed = p.Elapsed <= p.Duration
            ? $"{p.Elapsed.TotalSeconds:0}/{p.Duration.TotalSeconds:0}s"
            : $"draining {p.Elapsed.TotalSeconds:0}s";
        if (interactive)
        {
            AnsiConsole.MarkupLineInterpolated(
                $"[grey]{p.Case}[/] {elapsed} scheduled [bold]{p.Scheduled}[/] sent {p.Sent} done [green]{p.Completed}[/] in-flight [yellow]{p.InFlight}[/] errors [red]{p.Errors}[/] dropped {p.Dropped} rps {p.CurrentRps:0} p95(10s) {p95}");
        }
        else
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"progress {p.Case} {elapsed} scheduled={p.Scheduled} sent={p.Sent} completed={p.Completed} in_flight={p.InFlight} errors={p.Errors} dropped={p.Dropped} rps={p.CurrentRps:0} p95_10s={p95}"));
        }
    }
}
