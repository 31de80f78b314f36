using Daisee.Billing.Worker.Domain;
namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// Static key: a fixed coefficient per consumer for every step (Σ ≤ 1). A consumer gets
/// <c>min(consumption, k × ΣP)</c>. By default its unused share is surplus, never redistributed
/// (the reference's example 3b; docs/allocation.md gives the sources). With
/// <c>allocation.staticUnused: "redistribute"</c> the unused shares go, in rounds, to the
/// consumers still short, in proportion to their coefficients (largest remainder, capped at
/// what each still needs), until nobody short is left or nothing unused remains; the part of
/// production no coefficient covers (1 − Σk) stays surplus either way.
/// Coefficients are in consumer (PRM) order, see <see cref="KeyShares"/>.
/// </summary>
public sealed class StaticKey(long[] units, bool redistribute = false) : IAllocationKey
{
    private readonly long[] _units = units;

    public void Allocate(StepShares step, Span<long> allocated)
    {
        var pool = KeyShares.Sum(step.Production);
        if (!redistribute)
        {
            KeyShares.Apply(pool, _units, step.Consumption, allocated);
            return;
        }

        KeyShares.Split(pool, _units, allocated);
        long unused = 0;
        for (var i = 0; i < allocated.Length; i++)
        {
            var kept = Math.Min(allocated[i], step.Consumption[i]);
            unused = checked(unused + allocated[i] - kept);
            allocated[i] = kept;
        }

        var weights = new long[allocated.Length];
        var parts = new long[allocated.Length];
        while (unused > 0)
        {
            long stillShort = 0;
            for (var i = 0; i < allocated.Length; i++)
            {
                var need = step.Consumption[i] - allocated[i];
                weights[i] = need > 0 ? _units[i] : 0;
                stillShort = checked(stillShort + (need > 0 && _units[i] > 0 ? need : 0));
            }

            if (stillShort == 0)
            {
                return;
            }

            LargestRemainder.Apportion(Math.Min(unused, stillShort), weights, parts);
            long given = 0;
            for (var i = 0; i < allocated.Length; i++)
            {
                var add = Math.Min(parts[i], step.Consumption[i] - allocated[i]);
                allocated[i] += add;
                given += add;
            }

            unused -= given;
        }
    }
}
