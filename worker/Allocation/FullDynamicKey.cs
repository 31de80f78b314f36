using Daisee.Billing.Worker.Domain;
namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// Full-dynamic key: a coefficient per producer × consumer per step. Each producer's
/// production is split over its coefficients (<see cref="KeyShares.Split"/>), giving A_ij.
/// When a consumer's A_i = Σ_j A_ij exceeds its consumption C_i, the cap binds pro-rata per
/// producer: C_i is re-apportioned over the producers in proportion to A_ij (largest
/// remainder, lower producer PRM first on ties), so A'_ij ≤ A_ij and Σ_j A'_ij = C_i. What a
/// consumer cannot use returns to the producer that offered it, as surplus (not
/// redistributed). AUTOPROD_j = Σ_i A'_ij. A step without valid coefficients is pro-rata
/// (D315-6) and its autoproduction is split over producers in proportion to production.
/// </summary>
public sealed class FullDynamicKey(KeySchedule schedule) : IPairKey
{
    private readonly KeySchedule _schedule = schedule;
    private readonly ProRataKey _fallback = new();

    public void Allocate(StepShares step, Span<long> allocated)
    {
        Span<long> autoproduced = new long[step.Production.Length];
        Allocate(step, allocated, autoproduced);
    }

    public void Allocate(StepShares step, Span<long> allocated, Span<long> autoproduced)
    {
        if (!_schedule.TryGet(step.StepIndex, out var units))
        {
            _fallback.Allocate(step, allocated);
            LargestRemainder.Apportion(KeyShares.Sum(allocated), step.Production, autoproduced);
            return;
        }

        var pairs = Offer(step, units);
        Cap(step.Consumption, pairs);
        allocated.Clear();
        autoproduced.Clear();
        for (var j = 0; j < pairs.Length; j++)
        {
            for (var i = 0; i < allocated.Length; i++)
            {
                allocated[i] += pairs[j][i];
                autoproduced[j] += pairs[j][i];
            }
        }
    }

    /// <summary>A_ij before the cap: producer j's production split over its coefficients.</summary>
    private static long[][] Offer(StepShares step, long[][] units)
    {
        var pairs = new long[units.Length][];
        for (var j = 0; j < units.Length; j++)
        {
            pairs[j] = new long[step.Consumption.Length];
            KeyShares.Split(step.Production[j], units[j], pairs[j]);
        }

        return pairs;
    }

    private static void Cap(ReadOnlySpan<long> consumption, long[][] pairs)
    {
        var column = new long[pairs.Length];
        var capped = new long[pairs.Length];
        for (var i = 0; i < consumption.Length; i++)
        {
            long offered = 0;
            for (var j = 0; j < pairs.Length; j++)
            {
                column[j] = pairs[j][i];
                offered += column[j];
            }

            if (offered <= consumption[i])
            {
                continue;
            }

            LargestRemainder.Apportion(consumption[i], column, capped);
            for (var j = 0; j < pairs.Length; j++)
            {
                pairs[j][i] = capped[j];
            }
        }
    }
}
