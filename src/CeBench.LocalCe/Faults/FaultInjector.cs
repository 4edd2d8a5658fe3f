using CeBench.Core;

namespace CeBench.LocalCe.Faults;

/// <summary>
/// Decides, per request and reproducibly for a seed, which fault (if any) hits it: one uniform
/// draw per request against the rules laid end to end, so each rule hits at its own rate and
/// at most one rule hits a request.
/// </summary>
public sealed class FaultInjector
{
    private readonly IReadOnlyList<FaultRule> _rules;
    private readonly Random _random;
    private readonly Lock _gate = new();

    public FaultInjector(IReadOnlyList<FaultRule> rules, int seed)
    {
        var total = rules.Sum(r => r.Rate);
        if (total > 1)
        {
            throw new BadInputException($"fault rates add up to {total:0.###}; together they must not exceed 1");
        }

        _rules = rules;
        _random = new Random(seed);
    }

    public FaultRule? Next()
    {
        if (_rules.Count == 0)
        {
            return null;
        }

        double draw;
        lock (_gate)
        {
            draw = _random.NextDouble();
        }

        foreach (var rule in _rules)
        {
            if (draw < rule.Rate)
            {
                return rule;
            }

            draw -= rule.Rate;
        }

        return null;
    }
}
