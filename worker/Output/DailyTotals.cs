using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>Per local day of the billed month, the sum of a per-step energy series (for the documents' charts).</summary>
public static class DailyTotals
{
    /// <summary>
    /// Each step's local day (0 for the 1st) of a period, computed once per period (a pure function
    /// of it) and shared by the documents of the run: the time-zone conversion is not done again per
    /// step of every document.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BillingPeriod, int[]> DayOfStep = [];

    public static ImmutableArray<Energy> Of(BillingPeriod period, ImmutableArray<Energy> steps)
    {
        ArgumentNullException.ThrowIfNull(period);
        var dayOf = DayOfStep.GetValue(period, Days);
        var days = new Energy[period.Month.ToDateInterval().Length];
        for (var t = 0; t < dayOf.Length; t++)
        {
            var day = dayOf[t];
            days[day] = new Energy(checked(days[day].MilliwattHours + steps[t].MilliwattHours));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(days);
    }

    private static int[] Days(BillingPeriod period)
    {
        var days = new int[period.StepCount];
        for (var t = 0; t < days.Length; t++)
        {
            days[t] = period.LocalDateOf(t).Day - 1;
        }

        return days;
    }

    /// <summary>Kilowatt-hours with thousands separated by a thin space and a decimal comma (French documents), 1 decimal.</summary>
    public static string Kwh(Energy energy) => French(decimal.Round(energy.KilowattHours, 1, MidpointRounding.AwayFromZero), "0.0") + " kWh";

    /// <summary>An amount in euros, French style: <c>1 234,56 €</c>.</summary>
    public static string Eur(Money money) => French(money.Amount, "0.00") + " €";

    /// <summary>The grouped formats of the formats the documents use (others are made on the spot).</summary>
    private static readonly Dictionary<string, string> Grouped = new[] { "0", "0.0", "0.00", "0.000", "0.##", "0.00##", "0.00####" }
        .ToDictionary(f => f, f => "#,##" + f, StringComparer.Ordinal);

    public static string French(decimal value, string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        Span<char> text = stackalloc char[64];
        if (!value.TryFormat(text, out var written, Grouped.GetValueOrDefault(format) ?? "#,##" + format, System.Globalization.CultureInfo.InvariantCulture))
        {
            return Replaced(value.ToString("#,##" + format, System.Globalization.CultureInfo.InvariantCulture));
        }

        return Replaced(text[..written]);
    }

    /// <summary>Thousands separator ',' → narrow no-break space, decimal point '.' → ','.</summary>
    private static string Replaced(ReadOnlySpan<char> invariant)
    {
        Span<char> french = stackalloc char[invariant.Length];
        for (var i = 0; i < invariant.Length; i++)
        {
            french[i] = invariant[i] switch
            {
                ',' => '\u202f',
                '.' => ',',
                var c => c,
            };
        }

        return new string(french);
    }
}
