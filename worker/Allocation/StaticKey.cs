namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// Static key: a fixed coefficient per consumer for every step (Σ ≤ 1). A consumer gets
/// <c>min(consumption, k × ΣP)</c>; its unused share is surplus, never redistributed (the
/// reference's wasteful example 3b). Coefficients are in consumer (PRM) order, see <see cref="KeyShares"/>.
/// </summary>
public sealed class StaticKey(long[] units) : IAllocationKey
{
    private readonly long[] _units = units;

    public void Allocate(StepShares step, Span<long> allocated) =>
        KeyShares.Apply(KeyShares.Sum(step.Production), _units, step.Consumption, allocated);
}
