using System.Runtime.CompilerServices;
using Daisee.Billing.Worker.Domain;
namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// The default dynamic key (D315-6): pro-rata of consumption, capped at consumption. The
/// allocated total is <c>min(ΣP, ΣC)</c>, apportioned to consumption by largest remainder, so
/// no consumer is left uncovered while there is surplus.
/// </summary>
public sealed class ProRataKey : IAllocationKey
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Allocate(StepShares step, Span<long> allocated)
    {
        long consumption = 0;
        foreach (var c in step.Consumption)
        {
            consumption = checked(consumption + c);
        }

        long production = 0;
        foreach (var p in step.Production)
        {
            production = checked(production + p);
        }

        LargestRemainder.Apportion(Math.Min(production, consumption), step.Consumption, allocated);
    }
}
