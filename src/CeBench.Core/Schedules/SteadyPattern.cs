namespace CeBench.Core.Schedules;

/// <summary>A constant rate (<c>--rps</c>).</summary>
public sealed record SteadyPattern(double Rps) : LoadPattern
{
    public override string Name => "steady";

    internal override double Rate(double t, double duration) => Rps;

    internal override double Count(double t, double duration) => Rps * t;

    internal override double Peak(double duration) => Rps;

    protected override void ValidateParameters(TimeSpan duration) => RequirePositive(Rps, "--rps");
}
