using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>Maps the invoicing parts of a validated <c>collective.json</c> (sellers, invoicing, members' billing fields) to the domain.</summary>
public static class SellerMapping
{
    public const string Franchise = "franchise-293B";
    public const string Mandate = "pmo-mandate";

    public static Seller ToSeller(SellerFile s) =>
        new(s.Id ?? string.Empty, s.LegalName ?? string.Empty, s.Address ?? string.Empty, s.Siret ?? string.Empty,
            s.VatRegime == Franchise ? VatRegime.Franchise293B : VatRegime.Standard, s.InvoicePrefix ?? s.Id ?? string.Empty)
        {
            VatNumber = s.VatNumber,
            Payment = s.Payment,
            Contact = s.Contact,
        };

    public static InvoicingRules ToInvoicing(InvoicingFile? i) => i is null
        ? InvoicingRules.Default
        : new InvoicingRules(i.Mode == Mandate ? InvoicingMode.PmoMandate : InvoicingMode.PerSeller,
            i.PaymentTermDays ?? InvoicingRules.Default.PaymentTermDays, i.IssueDay ?? InvoicingRules.Default.IssueDay)
        {
            PmoSeller = i.PmoSeller,
            LatePenalty = i.LatePenalty ?? InvoicingRules.Default.LatePenalty,
        };

    public static CustomerKind ParseCustomerKind(string? kind) => kind switch
    {
        "business" => CustomerKind.Business,
        "public" => CustomerKind.Public,
        _ => CustomerKind.Household,
    };

    /// <summary>Adds the billing fields of <paramref name="p"/> to a participant.</summary>
    public static Participant WithBilling(this Participant participant, ParticipantFile p, string currency) => participant with
    {
        NetworkOffPeak = p.OffPeakHours is { } hours ? [.. hours.Select(h => CollectiveValues.ParseRange(h)).OfType<TimeRange>()] : null,
        Offer = p.SupplierOffer is { } o ? ToOffer(o, currency) : null,
        BillingAddress = p.BillingAddress,
        CustomerKind = ParseCustomerKind(p.CustomerKind),
        Siret = p.Siret,
        Seller = p.Seller,
        Renewable = p.Renewable ?? false,
        PeakKwp = p.PeakKwp,
        AcciseAccRate = p.AcciseAccRate,
        SurplusBuyer = p.SurplusBuyer,
        SurplusContract = p.SurplusContract,
    };

    public static SupplierOffer ToOffer(SupplierOfferFile o, string currency) => new(o.Name ?? string.Empty)
    {
        PricesTtc = (o.PricesTtcEurPerKwh ?? []).ToImmutableSortedDictionary(kv => kv.Key, kv => new UnitPrice(kv.Value, currency), StringComparer.Ordinal),
        SubscriptionTtcPerMonth = o.SubscriptionTtcEurPerMonth is { } m ? new Money(m, currency) : null,
        EnergyPriceHt = o.EnergyPriceHtEurPerKwh is { } e ? new UnitPrice(e, currency) : null,
    };
}
