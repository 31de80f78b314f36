using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Sums a per-step energy series by a key computed from the local start of each step (e.g. a
/// rate in force and a time class). Groups come out in the order their first step appears, so
/// the result is deterministic; each group knows the first and last local day it covers.
/// Consecutive steps of one group (the common case: a day's hours of one class) are summed
/// without a look-up; the table is touched when the group changes.
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
        var comparer = EqualityComparer<TKey>.Default;
        long skipped = 0;
        var (inRun, runKey, runMilliwattHours, runTo) = (false, default(TKey)!, 0L, default(LocalDate));
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

            if (inRun && comparer.Equals(k, runKey))
            {
                (runMilliwattHours, runTo) = (checked(runMilliwattHours + energy), start.Date);
                continue;
            }

            if (inRun)
            {
                Close(sums, runKey, runMilliwattHours, runTo);
            }

            if (sums.TryAdd(k, (0, start.Date, start.Date)))
            {
                order.Add(k);
            }

            (inRun, runKey, runMilliwattHours, runTo) = (true, k, energy, start.Date);
        }

        if (inRun)
        {
            Close(sums, runKey, runMilliwattHours, runTo);
        }

        return ([.. order.Select(k => new Group<TKey>(k, new Energy(sums[k].MilliwattHours), sums[k].From, sums[k].To))], new Energy(skipped));
    }

    /// <summary>A look-up by local day (a rate in force), asked once per day instead of once per step: steps come day by day.</summary>
    public static Func<LocalDate, TValue?> OncePerDay<TValue>(Func<LocalDate, TValue?> lookup)
    {
        var (day, value, known) = (default(LocalDate), default(TValue), false);
        return d =>
        {
            if (!known || d != day)
            {
                (day, value, known) = (d, lookup(d), true);
            }

            return value;
        };
    }

    /// <summary>Adds a run of consecutive steps of one group to its sum; the run's last day is the group's last so far.</summary>
    private static void Close<TKey>(Dictionary<TKey, (long MilliwattHours, LocalDate From, LocalDate To)> sums, TKey key, long milliwattHours, LocalDate to)
        where TKey : notnull
    {
        var s = sums[key];
        sums[key] = (checked(s.MilliwattHours + milliwattHours), s.From, to);
    }
}
