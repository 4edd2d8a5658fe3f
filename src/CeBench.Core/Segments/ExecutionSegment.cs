namespace CeBench.Core.Segments;

/// <summary>A share [From, To) of a run's requests, in k6's terms an execution segment.</summary>
public readonly record struct ExecutionSegment(Fraction From, Fraction To)
{
    public override string ToString() => $"{From}:{To}";
}
