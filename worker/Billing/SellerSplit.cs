using System.Runtime.CompilerServices;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long[][][] Split(BillingPeriod period, IReadOnlyList<ParticipantAllocation> producers, IReadOnlyList<ParticipantAllocation> consumers)
    {
        var sold = new long[producers.Count][][];
        for (var p = 0; p < sold.Length; p++)
        {
            sold[p] = new long[consumers.Count][];
            for (var c = 0; c < consumers.Count; c++)
            {
                sold[p][c] = new long[period.StepCount];
            }
        }

        var need = new long[consumers.Count];
        var parts = new long[consumers.Count];
        for (var t = 0; t < period.StepCount; t++)
        {
            var needed = 0L;
            for (var c = 0; c < consumers.Count; c++)
            {
                need[c] = consumers[c].Local[t].MilliwattHours;
                needed = checked(needed + need[c]);
            }

            for (var p = 0; p < producers.Count && needed > 0; p++)
            {
                var last = p == producers.Count - 1;
                var total = last ? needed : Math.Min(producers[p].Local[t].MilliwattHours, needed);
                if (total == needed)
                {
                    // Everything still needed: the apportionment gives each member exactly its need.
                    need.CopyTo(parts, 0);
                }
                else
                {
                    LargestRemainder.Apportion(total, need, parts);
                }

                for (var c = 0; c < consumers.Count; c++)
                {
                    sold[p][c][t] = parts[c];
                    need[c] -= parts[c];
                }

                needed -= total;
            }
        }

        return sold;
    }
}
