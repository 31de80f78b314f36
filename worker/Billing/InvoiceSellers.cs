using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The sellers of a period's invoices. A plant without a declared seller (or a collective
/// without <c>sellers[]</c>) is sold by an unnamed seller whose identity the invoice cannot
/// print: reported as a warning. That seller charges VAT when <c>regulated.vat</c> is true;
/// otherwise it is under the franchise (CGI art. 293 B). A declared seller's regime is its own.
/// </summary>
public sealed class InvoiceSellers
{
    public const string UnnamedId = "";

    private readonly ImmutableSortedDictionary<string, Seller> _byId;
    private readonly Collective _collective;

    private InvoiceSellers(Collective collective, ImmutableSortedDictionary<string, Seller> byId)
    {
        _collective = collective;
        _byId = byId;
    }

    public Seller Pmo => _collective.SellerOf(_collective.Invoicing.PmoSeller) ?? FeeSeller;

    /// <summary>The seller of the monthly fee: the PMO's, else the first declared seller, else the unnamed one.</summary>
    public Seller FeeSeller => _collective.SellerOf(_collective.Invoicing.PmoSeller) ?? _collective.Sellers.FirstOrDefault() ?? _byId[UnnamedId];

    public static InvoiceSellers Of(Collective collective, IEnumerable<Participant> producers, ImmutableArray<Issue>.Builder issues)
    {
        var unnamed = new Seller(UnnamedId, collective.Name, string.Empty, string.Empty, collective.Regulated.Vat ? VatRegime.Standard : VatRegime.Franchise293B, "FA");
        var byId = collective.Sellers.ToImmutableSortedDictionary(s => s.Id, s => s, StringComparer.Ordinal).SetItem(UnnamedId, unnamed);
        foreach (var p in producers.Where(p => collective.SellerOf(p.Seller) is null))
        {
            issues.Add(new Issue(Severity.Warning, IssueCodes.NotBillable, "collective.json", 0,
                $"PRM {p.Prm}: the producer has no seller (participants[].seller → sellers[]); its invoices cannot show the seller's legal identity (CGI art. 242 nonies A).")
            { Prm = p.Prm, Field = "participants[].seller" });
        }

        return new InvoiceSellers(collective, byId);
    }

    public Seller ById(string id) => _byId[id];

    public Seller SellerOf(Participant producer) => _collective.SellerOf(producer.Seller) ?? _byId[UnnamedId];

    public static bool ChargesVat(Seller seller) => seller.VatRegime == VatRegime.Standard;
}
