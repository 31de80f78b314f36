using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>A consumer's local-energy bill for the period. <see cref="TotalExclTax"/> is the exact sum of the lines.</summary>
public sealed record Bill(Participant Participant, ImmutableArray<BillLine> Lines, string Currency)
{
    public Money TotalExclTax => Lines.Aggregate(Money.Zero(Currency), (sum, l) => sum + l.Amount);

    public Energy LocalEnergy => Lines.Aggregate(Energy.Zero, (sum, l) => sum + l.Energy);

    public ImmutableSortedDictionary<string, Energy> EnergyByClass =>
        Lines.GroupBy(l => l.PriceClass).ToImmutableSortedDictionary(
            g => g.Key, g => g.Aggregate(Energy.Zero, (s, l) => s + l.Energy), StringComparer.Ordinal);
}
