using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The one rounding policy. Energy is never rounded (exact mWh). Money is computed exactly in
/// decimal and rounded once per bill line, to the cent, half away from zero ("half-up" for the
/// positive amounts of a bill). Totals are sums of rounded lines, so lines always add up.
/// </summary>
public static class Rounding
{
    public const int MoneyDecimals = 2;
    public const MidpointRounding Mode = MidpointRounding.AwayFromZero;

    public static Money Line(Money exact) => exact with { Amount = decimal.Round(exact.Amount, MoneyDecimals, Mode) };
}
