using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// One local-energy invoice: issued by <see cref="Issuer"/> (a seller, or the PMO under mandate
/// for <see cref="Principals"/>) to one member, numbered in the issuer's series. Lines carry
/// their seller; VAT lines are per seller and rate. Totals are sums of rounded lines:
/// <see cref="TotalHt"/> (energy, fee and excise, i.e. the VAT base) + <see cref="Vat"/> = <see cref="TotalTtc"/>.
/// </summary>
public sealed record Invoice(string Number, Seller Issuer, Participant Buyer, LocalDate IssueDate, LocalDate DueDate, ImmutableArray<BillLine> Lines, string Currency)
{
    /// <summary>The sellers in whose name and on whose behalf the PMO invoices; empty when the seller invoices itself.</summary>
    public ImmutableArray<Seller> Principals { get; init; } = [];

    public bool UnderMandate => !Principals.IsEmpty;

    /// <summary>The invoice's mandatory mentions in French (<see cref="InvoiceMentions"/>), set once its lines are final.</summary>
    public ImmutableArray<string> Mentions { get; init; } = [];

    /// <summary>The sellers whose sales the invoice carries, in id order.</summary>
    public ImmutableArray<Seller> Sellers => UnderMandate ? Principals : [Issuer];

    public Money TotalHt => Sum(Lines.Where(l => l.Code != VatLines.Code));

    public Money Excise => Sum(Lines.Where(l => l.Code == RateComponents.Accise));

    public Money Vat => Sum(Lines.Where(l => l.Code == VatLines.Code));

    public Money TotalTtc => Sum(Lines);

    /// <summary>True when no line carries VAT (franchise sellers): the total is not "TTC".</summary>
    public bool WithoutVat => !Lines.Any(l => l.Code == VatLines.Code);

    public Money TotalOf(string sellerId, bool vatOnly = false) =>
        Sum(Lines.Where(l => l.SellerId == sellerId && (vatOnly ? l.Code == VatLines.Code : l.Code != VatLines.Code)));

    private Money Sum(IEnumerable<BillLine> lines) => lines.Aggregate(Money.Zero(Currency), (s, l) => s + l.Amount);
}
