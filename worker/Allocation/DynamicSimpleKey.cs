namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// Dynamic-simple key: a coefficient per consumer per step, applied to the pooled production
/// of all producers: <c>A_i = min(C_i, k_i,t × ΣP)</c>, unused shares are surplus. A step
/// without valid coefficients is allocated pro-rata (D315-6 default).
/// </summary>
public sealed class DynamicSimpleKey(KeySchedule schedule) : IAllocationKey
{
    private readonly KeySchedule _schedule = schedule;
    private readonly ProRataKey _fallback = new();

    public void Allocate(StepShares step, Span<long> allocated)
    {
        if (_schedule.TryGet(step.StepIndex, out var units))
        {
            KeyShares.Apply(KeyShares.Sum(step.Production), units[0], step.Consumption, allocated);
        }
        else
        {
            _fallback.Allocate(step, allocated);
        }
    }
}
