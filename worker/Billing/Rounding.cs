using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The one rounding policy (docs/billing.md). Energy is never rounded (exact mWh). Every line
/// amount is computed exactly in decimal, then rounded once, to the cent, half away from zero
/// ("half-up" for the positive amounts of a bill):
/// <list type="bullet">
/// <item>energy lines: kWh × price of one class over one rate period;</item>
/// <item>fixed lines: annual value × days / 365 (× kVA) per component and rate period;</item>
/// <item>CTA: rate × the sum of the ROUNDED TURPE fixed lines of its period;</item>
/// <item>VAT: rate × the sum of the ROUNDED lines taxed at that rate (one VAT line per rate).</item>
/// </list>
/// Totals are sums of rounded lines, never rounded again, so lines always add up to the total.
/// </summary>
public static class Rounding
{
    public const int MoneyDecimals = 2;
    public const MidpointRounding Mode = MidpointRounding.AwayFromZero;
    public const decimal DaysPerYear = 365m;

    public static Money Line(Money exact) => exact with { Amount = decimal.Round(exact.Amount, MoneyDecimals, Mode) };

    /// <summary>A percentage of an already rounded base, rounded.</summary>
    public static Money Percent(Money roundedBase, decimal percent) => Line(roundedBase with { Amount = roundedBase.Amount * percent / 100m });

    /// <summary>An annual amount prorated per day (annual × days / 365), rounded.</summary>
    public static Money ProRata(decimal annual, int days, string currency) => Line(new Money(annual * days / DaysPerYear, currency));

    /// <summary>A monthly amount prorated per day of the month (monthly × days / days in month), rounded.</summary>
    public static Money ProRataMonth(Money monthly, int days, int daysInMonth) => Line(monthly with { Amount = monthly.Amount * days / daysInMonth });
}
