using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Producer statements, taken from the invoices so that they agree to the cent: for each
/// member, the plant's energy lines (sold energy HT per price class) and excise lines of the
/// member's invoices; then the surplus at its buyer's price. Sold energy = the plant's
/// autoproduced energy exactly (<see cref="SellerSplit"/>). Members appear under pseudonyms.
/// </summary>
public static class StatementCalculator
{
    public const string SoldCode = "SOLD_ENERGY";
    public const string SurplusCode = "SURPLUS";

    public static ImmutableArray<Bill> Calculate(Collective collective, AllocationResult allocation, ImmutableArray<Invoice> invoices)
    {
        var names = Pseudonyms.Of(collective);
        return [.. allocation.Producers.Select(p => Statement(collective, p, invoices, names))];
    }

    private static Bill Statement(Collective collective, ParticipantAllocation producer, ImmutableArray<Invoice> invoices, ImmutableSortedDictionary<Prm, string> names)
    {
        var lines = new List<BillLine>();
        foreach (var invoice in invoices.OrderBy(i => i.Buyer.Prm))
        {
            var buyer = names[invoice.Buyer.Prm];
            foreach (var l in invoice.Lines.Where(l => l.ProducerPrm == producer.Participant.Prm))
            {
                lines.Add(l.Code == Bill.LocalEnergyCode
                    ? l with { Code = SoldCode, Label = $"Énergie vendue à {buyer} {l.PriceClass}", Vat = null }
                    : l with { Label = $"Accise facturée à {buyer}", Vat = null });
            }
        }

        var surplus = producer.GridTotal;
        var surplusPrice = producer.Participant.SurplusPrice ?? new UnitPrice(0m, collective.Currency);
        lines.Add(new BillLine(SurplusCode, "Surplus injecté sur le réseau", string.Empty, surplus, surplusPrice, Rounding.Line(surplusPrice * surplus)));
        return new Bill(producer.Participant, [.. lines], collective.Currency) { Kind = BillKind.ProducerStatement };
    }
}
