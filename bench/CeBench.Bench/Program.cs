using CeBench.Bench;
using CeBench.Core;

try
{
    var rest = new List<string>(args);
    if (rest.Count > 0 && rest[0] == "list")
    {
        var dir = rest.IndexOf("--workloads-dir") is var i and >= 0 && i + 1 < rest.Count ? rest[i + 1] : null;
        return ListCommand.Run(dir, Console.Out);
    }

    if (rest.Count > 0 && rest[0] == "merge")
    {
        return await MergeCommand.RunAsync(rest[1..], Console.Out);
    }

    if (rest.Count > 0 && rest[0] == "report")
    {
        return ReportCommand.Run(rest[1..], Console.Out);
    }

    if (rest.Count > 0 && rest[0] == "compare")
    {
        return CompareCommand.Run(rest[1..], Console.Out);
    }

    if (rest.Count > 0 && rest[0] == "dispatch-bench")
    {
        return await DispatchBenchCommand.RunAsync(rest[1..], Console.Out);
    }

    return await RunCommand.RunAsync(args);
}
catch (BadInputException e)
{
    Console.Error.WriteLine($"cebench: {e.Message}");
    return ExitCodes.BadInput;
}
