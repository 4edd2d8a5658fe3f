namespace CeBench.Core.Schedules;

/// <summary>How arrivals are spread over the rate (<c>--arrivals</c>).</summary>
public enum ArrivalProcess
{
    /// <summary>Evenly: arrival k starts when k requests are expected (the default).</summary>
    Uniform,

    /// <summary>A non-homogeneous Poisson process following the rate, seeded by <c>--seed</c>.</summary>
    Poisson,
}
