using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Sums a per-step energy series by a key computed from the local start of each step (e.g. a
/// rate in force and a time class). Groups come out in the order their first step appears, so
/// the result is deterministic; each group knows the first and last local day it covers.
/// </summary>
public static class StepSums
{
    public sealed record Group<TKey>(TKey Key, Energy Energy, LocalDate From, LocalDate To);

    /// <param name="key">The group of a step, or null to leave the step out (its energy is returned as <c>Skipped</c>).</param>
    public static (ImmutableArray<Group<TKey>> Groups, Energy Skipped) SumBy<TKey>(
        BillingPeriod period, ImmutableArray<Energy> values, Func<LocalDateTime, TKey?> key)
        where TKey : notnull
    {
        var order = new List<TKey>();
        var sums = new Dictionary<TKey, (long MilliwattHours, LocalDate From, LocalDate To)>();
        long skipped = 0;
        for (var t = 0; t < period.StepCount; t++)
        {
            var energy = values[t].MilliwattHours;
            if (energy == 0)
            {
                continue;
            }

            var start = period.StepAt(t).Start.InZone(period.Zone).LocalDateTime;
            var k = key(start);
            if (k is null)
            {
                skipped = checked(skipped + energy);
                continue;
            }

            if (sums.TryGetValue(k, out var s))
            {
                sums[k] = (checked(s.MilliwattHours + energy), s.From, start.Date);
            }
            else
            {
                order.Add(k);
                sums[k] = (energy, start.Date, start.Date);
            }
        }

        return ([.. order.Select(k => new Group<TKey>(k, new Energy(sums[k].MilliwattHours), sums[k].From, sums[k].To))], new Energy(skipped));
    }
}
