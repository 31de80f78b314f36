using Daisee.Billing.Worker.Domain;
namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// Priority cascade, computed by the organiser and sent as dynamic keys: groups are served in
/// ascending <c>priorityGroup</c> (consumers without one form the last group). A pro-rata group
/// takes <c>min(R, ΣC_g)</c> of the remaining production R, apportioned to consumption; a
/// static group takes <c>min(C_i, k_i × R)</c> per member. What a group leaves (unused shares
/// included) flows to the next group; what the last leaves is surplus.
/// </summary>
public sealed class CascadeKey(IReadOnlyList<CascadeGroup> groups) : IAllocationKey
{
    private readonly IReadOnlyList<CascadeGroup> _groups = groups;

    public void Allocate(StepShares step, Span<long> allocated)
    {
        allocated.Clear();
        var remaining = KeyShares.Sum(step.Production);
        foreach (var group in _groups)
        {
            var consumption = new long[group.Members.Length];
            for (var k = 0; k < consumption.Length; k++)
            {
                consumption[k] = step.Consumption[group.Members[k]];
            }

            var given = new long[consumption.Length];
            if (group.Units is { } units)
            {
                KeyShares.Apply(remaining, units, consumption, given);
            }
            else
            {
                LargestRemainder.Apportion(Math.Min(remaining, KeyShares.Sum(consumption)), consumption, given);
            }

            for (var k = 0; k < given.Length; k++)
            {
                allocated[group.Members[k]] = given[k];
                remaining -= given[k];
            }
        }
    }
}
