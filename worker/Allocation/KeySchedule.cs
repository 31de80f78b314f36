using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// The coefficients of a keys file placed on the period's steps, in consumer (and producer)
/// PRM order, as units of <see cref="KeyShares.Scale"/>. Every row is accounted for: accepted,
/// out of scope (PRM not in the collective, step outside the month) or rejected (misaligned
/// step, a PRM of the wrong role, a duplicate, or a step whose coefficients sum above 1 —
/// then all that step's rows are rejected and the step falls back to pro-rata, D315-6).
/// A step with no coefficient at all also falls back to pro-rata, reported once.
/// </summary>
public sealed class KeySchedule
{
    private readonly Dictionary<int, long[][]> _steps;

    private KeySchedule(Dictionary<int, long[][]> steps, bool pairs)
    {
        _steps = steps;
        Pairs = pairs;
    }

    /// <summary>True for full-dynamic (a row per producer × consumer), false for dynamic-simple.</summary>
    public bool Pairs { get; }

    public int StepsWithKeys => _steps.Count;

    /// <summary>Units per [producer][consumer]; dynamic-simple has a single row (pooled production).</summary>
    public bool TryGet(int step, out long[][] units) => _steps.TryGetValue(step, out units!);

    public static KeySchedule Build(IEnumerable<KeyCoefficient> rows, BillingPeriod period, IReadOnlyList<Prm> consumers, IReadOnlyList<Prm> producers, bool pairs, ConformityLog log)
    {
        var placer = new KeyPlacer(period, consumers, producers, pairs, log);
        foreach (var row in rows)
        {
            placer.Place(row);
        }

        var steps = placer.Close();
        var missing = period.StepCount - steps.Count;
        if (missing > 0)
        {
            log.Add(new Issue(Severity.Warning, IssueCodes.KeysMissing, placer.Source ?? "keys", 0,
                $"{missing} of {period.StepCount} step(s) of {period.Name} have no valid coefficient; they are allocated pro-rata of consumption (D315-6 default).")
            { Field = "coefficient" });
        }

        return new KeySchedule(steps, pairs);
    }
}
