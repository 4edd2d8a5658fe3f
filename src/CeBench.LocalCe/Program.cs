using CeBench.Core;
using CeBench.LocalCe.Hosting;

// Standalone local target: dotnet run -c Release --project src/CeBench.LocalCe -- --port 10240 --policy fifo
var rest = new List<string>(args);
if (rest.Contains("--help") || rest.Contains("-h"))
{
    Console.WriteLine("CeBench.LocalCe: a Compiler Explorer compatible compile server on 127.0.0.1\n\nOptions:\n" + LocalCeCommandLine.Usage);
    return 0;
}

LocalCeHost host;
try
{
    var options = LocalCeCommandLine.Parse(rest, new LocalCeOptions { Port = 10240 });
    if (rest.Count > 0)
    {
        throw new BadInputException($"unknown argument(s): {string.Join(' ', rest)}; see --help");
    }

    if (LocalCeCommandLine.ExposureWarning(options) is { } warning)
    {
        Console.Error.WriteLine(warning);
    }

    host = await LocalCeHost.StartAsync(options);
}
catch (BadInputException e)
{
    Console.Error.WriteLine($"localce: {e.Message}");
    return 2;
}

await using (host)
{
    var o = host.Services.Options;
    Console.WriteLine($"CeBench.LocalCe listening on {host.BaseUri} (policy {o.Policy}, backend {o.Backend}, {o.Workers} workers); Ctrl+C stops");
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token);
    }
    catch (OperationCanceledException)
    {
        Console.WriteLine("stopping");
    }
}

return 0;
