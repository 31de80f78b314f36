using System.Collections.Immutable;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Cuts the local days of a period into runs of consecutive days that share a key (the rates in
/// force, the price set…): a fixed part that straddles a rate change is split by date.
/// </summary>
public static class DaySegments
{
    public sealed record Segment<TKey>(TKey Key, LocalDate From, LocalDate To, int Days);

    /// <param name="key">The key of a day, or null when the day is not billed (not a member).</param>
    public static ImmutableArray<Segment<TKey>> Of<TKey>(IEnumerable<LocalDate> days, Func<LocalDate, TKey?> key)
        where TKey : notnull
    {
        var segments = ImmutableArray.CreateBuilder<Segment<TKey>>();
        foreach (var day in days)
        {
            var k = key(day);
            if (k is null)
            {
                continue;
            }

            var last = segments.Count > 0 ? segments[^1] : null;
            if (last is not null && EqualityComparer<TKey>.Default.Equals(last.Key, k) && last.To.PlusDays(1) == day)
            {
                segments[^1] = last with { To = day, Days = last.Days + 1 };
            }
            else
            {
                segments.Add(new Segment<TKey>(k, day, day, 1));
            }
        }

        return segments.ToImmutable();
    }

    /// <summary>Every local day of a month, in order.</summary>
    public static IEnumerable<LocalDate> DaysOf(YearMonth month)
    {
        for (var d = month.OnDayOfMonth(1); d.Year == month.Year && d.Month == month.Month; d = d.PlusDays(1))
        {
            yield return d;
        }
    }
}
