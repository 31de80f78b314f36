namespace Daisee.Billing.Worker.Domain;

/// <summary>A price per kilowatt-hour. <c>UnitPrice * Energy</c> is the only way from energy to money.</summary>
public readonly record struct UnitPrice(decimal AmountPerKwh, string Currency)
{
    public static UnitPrice EurosPerKwh(decimal amount) => new(amount, "EUR");

    /// <summary>Exact product (no rounding: rounding happens once, in <c>Billing.Rounding</c>).</summary>
    public static Money operator *(UnitPrice price, Energy energy) =>
        new(price.AmountPerKwh * energy.KilowattHours, price.Currency);

    public static Money Multiply(UnitPrice price, Energy energy) => price * energy;
}
