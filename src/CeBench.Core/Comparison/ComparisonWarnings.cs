using System.Globalization;
using CeBench.Core.Analysis;
using CeBench.Core.Client;

namespace CeBench.Core.Comparison;

/// <summary>
/// What makes two runs less comparable than their numbers suggest: different settings (load,
/// target, compiler, local policy and backend, workloads) and a generator that could not keep up.
/// </summary>
public static class ComparisonWarnings
{
    /// <summary>A request sent this much after its intended start was held up by the generator, not the service (design.md section 5).</summary>
    public const double LateLagMs = 10;

    /// <summary>
    /// More late requests than this share (and more than one) means a saturated generator. A count rather
    /// than a p99, because in a short run the p99 is the single slowest send, often the cold first one.
    /// </summary>
    public const double MaxLateShare = 0.01;

    /// <summary>Below this share of its scheduled requests sent, a run did not apply the load it claims.</summary>
    public const double MinSentShare = 0.95;

    /// <summary>The local target's settings that may differ without a warning: its seed only changes the noise draws.</summary>
    private static readonly string[] IgnoredLocalKeys = ["seed"];

    public static IReadOnlyList<string> For(ComparedRun before, ComparedRun after) =>
        [.. SettingDifferences(before, after), .. Health(before, "before"), .. Health(after, "after")];

    private static IEnumerable<string> SettingDifferences(ComparedRun before, ComparedRun after)
    {
        var b = before.Manifest;
        var a = after.Manifest;
        if (b.PatternParameters != a.PatternParameters)
        {
            yield return $"the load pattern differs: before {b.PatternParameters}, after {a.PatternParameters}";
        }

        if (b.DurationSeconds != a.DurationSeconds)
        {
            yield return Invariant($"the duration differs: before {b.DurationSeconds} s, after {a.DurationSeconds} s");
        }

        if (b.Arrivals != a.Arrivals)
        {
            yield return $"the arrivals differ: before {b.Arrivals}, after {a.Arrivals}";
        }

        if (b.Endpoint != a.Endpoint)
        {
            yield return $"the target differs: before {b.Endpoint} ({b.TargetUrl}), after {a.Endpoint} ({a.TargetUrl})";
        }
        else if (b.Local is null && b.TargetUrl != a.TargetUrl)
        {
            // A local target listens on a new port every run; a remote one should not move.
            yield return $"the target URL differs: before {b.TargetUrl}, after {a.TargetUrl}";
        }

        if (b.Compiler != a.Compiler)
        {
            yield return $"the compiler differs: before {b.Compiler ?? "each workload's own"}, after {a.Compiler ?? "each workload's own"}";
        }

        if (b.Local is not null && a.Local is not null)
        {
            foreach (var key in b.Local.Keys.Union(a.Local.Keys).Except(IgnoredLocalKeys).Order(StringComparer.Ordinal))
            {
                var x = b.Local.GetValueOrDefault(key, "-");
                var y = a.Local.GetValueOrDefault(key, "-");
                if (x != y)
                {
                    yield return $"the local target's {key} differs: before {Shown(x)}, after {Shown(y)}";
                }
            }
        }

        var onlyBefore = b.Workloads.Except(a.Workloads).Order(StringComparer.Ordinal).ToArray();
        var onlyAfter = a.Workloads.Except(b.Workloads).Order(StringComparer.Ordinal).ToArray();
        if (onlyBefore.Length + onlyAfter.Length > 0)
        {
            yield return $"the workload sets differ (only before: {List(onlyBefore)}; only after: {List(onlyAfter)}): a whole-case row mixes different work";
        }

        var beforeCases = before.Records.Select(r => r.Case).ToHashSet(StringComparer.Ordinal);
        var afterCases = after.Records.Select(r => r.Case).ToHashSet(StringComparer.Ordinal);
        foreach (var only in beforeCases.Except(afterCases).Order(StringComparer.Ordinal))
        {
            yield return $"case {only} is only in the before run: not compared";
        }

        foreach (var only in afterCases.Except(beforeCases).Order(StringComparer.Ordinal))
        {
            yield return $"case {only} is only in the after run: not compared";
        }
    }

    /// <summary>Whether the run's generator kept its schedule, case by case, and whether the run finished.</summary>
    private static IEnumerable<string> Health(ComparedRun run, string side)
    {
        if (!run.Manifest.Complete)
        {
            yield return $"the {side} run ({run.Name}) did not complete (interrupted or failed): it holds only part of its requests";
        }

        foreach (var group in run.Records.GroupBy(r => r.Case, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var lags = group.Where(r => r.LagMs is not null).Select(r => r.LagMs!.Value).ToArray();
            var late = lags.Count(l => l > LateLagMs);
            if (late > 1 && late > MaxLateShare * lags.Length)
            {
                yield return Invariant(
                    $"the {side} run's generator was saturated in {group.Key}: {late} of {lags.Length} requests were sent more than {LateLagMs} ms late (send lag p99 {Quantiles.HarrellDavis(lags, 0.99):0.#} ms), so its latencies include the generator's own delay");
            }

            // Requests cancelled by an interrupted run were never due; the rest should all have gone out.
            var due = group.Count(r => r.Outcome != Outcome.Cancelled);
            var sent = group.Count(r => r.SentMs is not null);
            if (due > 0 && sent < MinSentShare * due)
            {
                var dropped = group.Count(r => r.Outcome == Outcome.Dropped);
                yield return Invariant(
                    $"the {side} run achieved only {100.0 * sent / due:0.#}% of its target rate in {group.Key} ({sent} of {due} requests sent, {dropped} dropped at the in-flight cap)");
            }
        }
    }

    private static string Shown(string value) => value.Length == 0 ? "none" : value;

    private static string List(string[] names) => names.Length == 0 ? "none" : string.Join(", ", names);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
