using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Sums a per-step energy series by a key computed from the local start of each step (e.g. a
/// rate in force and a time class). Groups come out in the order their first step appears, so
/// the result is deterministic; each group knows the first and last local day it covers.
/// The key of each step is computed once per period (<see cref="StepKeys{TKey}"/>): summing a
/// series is then one pass over integers.
/// </summary>
public static class StepSums
{
    public sealed record Group<TKey>(TKey Key, Energy Energy, LocalDate From, LocalDate To);

    /// <param name="key">The group of a step, or null to leave the step out (its energy is returned as <c>Skipped</c>).</param>
    public static (ImmutableArray<Group<TKey>> Groups, Energy Skipped) SumBy<TKey>(
        BillingPeriod period, ImmutableArray<Energy> values, Func<LocalDateTime, TKey?> key)
        where TKey : notnull =>
        SumBy(Classify(period, key), values.AsSpan());

    /// <summary>
    /// A series summed by keys computed beforehand (<see cref="Classify{TKey}"/>), so that many
    /// series of one period share one classification: the same groups, in the same order, as
    /// <see cref="SumBy{TKey}(BillingPeriod, ImmutableArray{Energy}, Func{LocalDateTime, TKey})"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (ImmutableArray<Group<TKey>> Groups, Energy Skipped) SumBy<TKey>(StepKeys<TKey> keys, ReadOnlySpan<Energy> values)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(keys);
        var indices = keys.Indices;
        var dates = keys.Dates;
        Span<long> sums = keys.KeyCount <= 64 ? stackalloc long[keys.KeyCount] : new long[keys.KeyCount];
        Span<int> first = keys.KeyCount <= 64 ? stackalloc int[keys.KeyCount] : new int[keys.KeyCount];
        Span<int> last = keys.KeyCount <= 64 ? stackalloc int[keys.KeyCount] : new int[keys.KeyCount];
        first.Fill(-1);
        var order = new List<int>();
        long skipped = 0;
        for (var t = 0; t < keys.StepCount; t++)
        {
            var energy = values[t].MilliwattHours;
            if (energy == 0)
            {
                continue;
            }

            var k = indices[t];
            if (k < 0)
            {
                skipped = checked(skipped + energy);
                continue;
            }

            if (first[k] < 0)
            {
                first[k] = t;
                order.Add(k);
            }

            sums[k] = checked(sums[k] + energy);
            last[k] = t;
        }

        var groups = new Group<TKey>[order.Count];
        for (var i = 0; i < groups.Length; i++)
        {
            var k = order[i];
            groups[i] = new Group<TKey>(keys.Key(k), new Energy(sums[k]), dates[first[k]], dates[last[k]]);
        }

        return (ImmutableCollectionsMarshal.AsImmutableArray(groups), new Energy(skipped));
    }

    /// <summary>Every step's key, asked once per step in time order; keys are told apart by their equality (a record's values).</summary>
    /// <param name="key">The group of a step, or null to leave the step out.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static StepKeys<TKey> Classify<TKey>(BillingPeriod period, Func<LocalDateTime, TKey?> key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(key);
        var keys = new List<TKey>();
        var known = new Dictionary<TKey, int>();
        var index = new int[period.StepCount];
        var dates = new LocalDate[period.StepCount];
        var (previous, previousIndex, hasPrevious) = (default(TKey)!, -1, false);
        var comparer = EqualityComparer<TKey>.Default;
        for (var t = 0; t < index.Length; t++)
        {
            var start = period.StepAt(t).Start.InZone(period.Zone).LocalDateTime;
            dates[t] = start.Date;
            var k = key(start);
            if (k is null)
            {
                index[t] = -1;
                continue;
            }

            // Consecutive steps mostly share their key: the table is asked when it changes.
            if (!hasPrevious || !comparer.Equals(k, previous))
            {
                if (!known.TryGetValue(k, out previousIndex))
                {
                    previousIndex = keys.Count;
                    known.Add(k, previousIndex);
                    keys.Add(k);
                }

                (previous, hasPrevious) = (k, true);
            }

            index[t] = previousIndex;
        }

        return new StepKeys<TKey>([.. keys], index, dates);
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
}
