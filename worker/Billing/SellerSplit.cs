using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Which producer's energy each member consumed, per step, as integers whose margins are both
/// exact: Σ over members = the producer's autoproduced energy and Σ over producers = the
/// member's autoconsumed energy (the allocation guarantees Σ autoprod = Σ autocons per step).
/// Producers in PRM order take their energy in turn, spread over the members in proportion to
/// what each member still needs (largest remainder, so no member gets more than it needs); the
/// last producer takes exactly what remains.
/// </summary>
public static class SellerSplit
{
    /// <summary>sold[producer][consumer][step] in mWh.</summary>
    public static long[][][] Split(BillingPeriod period, IReadOnlyList<ParticipantAllocation> producers, IReadOnlyList<ParticipantAllocation> consumers)
    {
        var sold = producers.Select(_ => consumers.Select(_ => new long[period.StepCount]).ToArray()).ToArray();
        var need = new long[consumers.Count];
        var parts = new long[consumers.Count];
        for (var t = 0; t < period.StepCount; t++)
        {
            for (var c = 0; c < consumers.Count; c++)
            {
                need[c] = consumers[c].Local[t].MilliwattHours;
            }

            for (var p = 0; p < producers.Count; p++)
            {
                var last = p == producers.Count - 1;
                var total = last ? need.Sum() : Math.Min(producers[p].Local[t].MilliwattHours, need.Sum());
                LargestRemainder.Apportion(total, need, parts);
                for (var c = 0; c < consumers.Count; c++)
                {
                    sold[p][c][t] = parts[c];
                    need[c] -= parts[c];
                }
            }
        }

        return sold;
    }
}
