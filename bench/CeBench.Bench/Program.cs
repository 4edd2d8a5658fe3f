using CeBench.Bench;
using CeBench.Core;

try
{
    return Commands.Run(args, Console.Out);
}
catch (BadInputException e)
{
    Console.Error.WriteLine($"cebench: {e.Message}");
    return ExitCodes.BadInput;
}
