using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>Per local day of the billed month, the sum of a per-step energy series (for the documents' charts).</summary>
public static class DailyTotals
{
    public static ImmutableArray<Energy> Of(BillingPeriod period, ImmutableArray<Energy> steps)
    {
        var days = new long[period.Month.ToDateInterval().Length];
        for (var t = 0; t < period.StepCount; t++)
        {
            var day = period.LocalDateOf(t).Day - 1;
            days[day] = checked(days[day] + steps[t].MilliwattHours);
        }

        return [.. days.Select(d => new Energy(d))];
    }

    /// <summary>Kilowatt-hours with thousands separated by a thin space and a decimal comma (French documents), 1 decimal.</summary>
    public static string Kwh(Energy energy) => French(decimal.Round(energy.KilowattHours, 1, MidpointRounding.AwayFromZero), "0.0") + " kWh";

    /// <summary>An amount in euros, French style: <c>1 234,56 €</c>.</summary>
    public static string Eur(Money money) => French(money.Amount, "0.00") + " €";

    public static string French(decimal value, string format)
    {
        var text = value.ToString("#,##" + format, System.Globalization.CultureInfo.InvariantCulture);
        return text.Replace(",", "\u202f", StringComparison.Ordinal).Replace('.', ',');
    }
}
