using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// A bill (or estimate, or statement) for one participant over the period. Every line is rounded
/// once; <see cref="Total"/> is the exact sum of the lines, and
/// <see cref="TotalExclTax"/> + <see cref="Taxes"/> = <see cref="Total"/> exactly.
/// </summary>
public sealed record Bill(Participant Participant, ImmutableArray<BillLine> Lines, string Currency)
{
    public const string LocalEnergyCode = "LOCAL_ENERGY";

    public BillKind Kind { get; init; } = BillKind.LocalInvoice;

    public Money Total => Sum(Lines);

    public Money TotalExclTax => Sum(Lines.Where(l => !l.IsTax));

    public Money Taxes => Sum(Lines.Where(l => l.IsTax));

    /// <summary>Autoconsumed energy billed on the local invoice (energy lines only).</summary>
    public Energy LocalEnergy => Lines.Where(l => l.Code == LocalEnergyCode).Aggregate(Energy.Zero, (sum, l) => sum + l.Energy);

    public ImmutableSortedDictionary<string, Energy> EnergyByClass =>
        Lines.Where(l => l.Code == LocalEnergyCode).GroupBy(l => l.PriceClass).ToImmutableSortedDictionary(
            g => g.Key, g => g.Aggregate(Energy.Zero, (s, l) => s + l.Energy), StringComparer.Ordinal);

    /// <summary>True when a line uses a rate graded <c>unsure</c> in the rates table.</summary>
    public bool UsesUnsureRates => Lines.Any(l => l.IsUnsure);

    private Money Sum(IEnumerable<BillLine> lines) => lines.Aggregate(Money.Zero(Currency), (sum, l) => sum + l.Amount);
}
