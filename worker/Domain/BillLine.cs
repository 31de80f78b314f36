using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// One line of a bill, its amount rounded once (see <see cref="Rounding"/>). Energy lines carry
/// their kWh and <see cref="Price"/>; fixed lines a number of days; tax lines their base in EUR.
/// <see cref="Quantity"/> × <see cref="Rate"/> (in <see cref="RateUnit"/>) is what the document shows.
/// </summary>
public sealed record BillLine(string Code, string Label, Money Amount)
{
    /// <summary>Kept for the foundation's energy lines: a line of <paramref name="energy"/> at <paramref name="price"/>.</summary>
    public BillLine(string code, string label, string priceClass, Energy energy, UnitPrice price, Money amount)
        : this(code, label, amount)
    {
        PriceClass = priceClass;
        Energy = energy;
        Price = price;
        Quantity = energy.KilowattHours;
        Rate = price.AmountPerKwh;
    }

    public string PriceClass { get; init; } = string.Empty;

    public Energy Energy { get; init; }

    public UnitPrice? Price { get; init; }

    public decimal Quantity { get; init; }

    /// <summary><c>kWh</c>, <c>day</c> or <c>EUR</c> (tax base).</summary>
    public string QuantityUnit { get; init; } = "kWh";

    public decimal Rate { get; init; }

    public string RateUnit { get; init; } = "EUR/kWh";

    /// <summary>First and last local day the line covers (inclusive), when it is dated.</summary>
    public LocalDate? From { get; init; }

    public LocalDate? To { get; init; }

    /// <summary>The regulated rate used, with its legal reference and confidence; null for contractual prices.</summary>
    public RateEntry? Source { get; init; }

    /// <summary>The VAT rate that applies to this line; null when no VAT is charged on it (and on VAT lines).</summary>
    public RateEntry? Vat { get; init; }

    /// <summary>Excise and VAT lines are taxes; everything else is an amount excluding tax.</summary>
    public bool IsTax { get; init; }

    /// <summary>The seller whose sale this line is (<c>sellers[].id</c>); empty when the collective declares no sellers.</summary>
    public string SellerId { get; init; } = string.Empty;

    /// <summary>The plant whose energy this line is (energy and excise lines of local invoices).</summary>
    public Prm? ProducerPrm { get; init; }

    /// <summary>An estimate line that could not be computed (missing dataset field): shown as « non estimé », amount 0.</summary>
    public bool NotEstimated { get; init; }

    public bool IsUnsure => Source?.IsUnsure == true || Vat?.IsUnsure == true;
}
