using Daisee.Billing.Worker.Ingest;
using FluentValidation;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Rules for the invoicing parts of <c>collective.json</c>: <c>sellers[]</c>, <c>invoicing</c>
/// and the members' billing fields. Each failure names its JSON path.
/// </summary>
public static class InvoicingValidation
{
    private static readonly string[] Regimes = ["standard", SellerMapping.Franchise];
    private static readonly string[] Kinds = ["household", "business", "public"];
    private static readonly string[] OfferClasses = ["base", "HP", "HC", "HPH", "HCH", "HPB", "HCB"];

    public static void Check(CollectiveFile file, ValidationContext<CollectiveFile> context)
    {
        var sellers = (file.Sellers ?? []).ToList();
        var ids = sellers.Where(s => s?.Id is not null).Select(s => s!.Id!).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < sellers.Count; i++)
        {
            CheckSeller(sellers[i], $"sellers[{i}]", context);
        }

        if (sellers.Where(s => s?.Id is not null).GroupBy(s => s!.Id).Any(g => g.Count() > 1))
        {
            context.AddFailure("sellers", "Each seller id may appear once.");
        }

        if (file.Invoicing is { } inv)
        {
            Require(inv.Mode is null or "per-seller" or SellerMapping.Mandate, "invoicing.mode", "must be \"per-seller\" or \"pmo-mandate\".", context);
            Require(inv.PaymentTermDays is null or >= 0 and <= 60, "invoicing.paymentTermDays", "must be 0–60 days (Code de commerce L441-10).", context);
            Require(inv.IssueDay is null or >= 1 and <= 28, "invoicing.issueDay", "must be a day 1–28 of the month after the period.", context);
            Require(inv.PmoSeller is null || ids.Contains(inv.PmoSeller), "invoicing.pmoSeller", $"'{inv.PmoSeller}' is not a sellers[].id.", context);
            Require(inv.Mode != SellerMapping.Mandate || inv.PmoSeller is not null, "invoicing.pmoSeller", "is required with mode \"pmo-mandate\".", context);
        }

        Require(file.Allocation?.StaticUnused is null or "surplus" or "redistribute", "allocation.staticUnused", "must be \"surplus\" or \"redistribute\".", context);
        CheckOffer(file.DefaultSupplierOffer, "defaultSupplierOffer", context);
        var participants = file.Participants ?? [];
        for (var i = 0; i < participants.Count; i++)
        {
            if (participants[i] is { } p)
            {
                CheckParticipant(p, $"participants[{i}]", ids, context);
            }
        }
    }

    private static void CheckSeller(SellerFile? s, string path, ValidationContext<CollectiveFile> context)
    {
        if (s is null)
        {
            context.AddFailure(path, "must be an object.");
            return;
        }

        Require(!string.IsNullOrWhiteSpace(s.Id), path + ".id", "is required.", context);
        Require(!string.IsNullOrWhiteSpace(s.LegalName), path + ".legalName", "is required (the seller's legal name).", context);
        Require(!string.IsNullOrWhiteSpace(s.Address), path + ".address", "is required (the seller's address).", context);
        Require(IsDigits(s.Siret, 14), path + ".siret", "must be the 14-digit SIRET.", context);
        Require(s.VatRegime is null || Regimes.Contains(s.VatRegime), path + ".vatRegime", "must be \"standard\" or \"franchise-293B\".", context);
        Require(s.VatRegime == SellerMapping.Franchise || !string.IsNullOrWhiteSpace(s.VatNumber), path + ".vatNumber", "is required for a VAT-registered seller.", context);
        Require(s.InvoicePrefix is null || (s.InvoicePrefix.Length is >= 1 and <= 8 && s.InvoicePrefix.All(char.IsAsciiLetterOrDigit)), path + ".invoicePrefix", "must be 1–8 ASCII letters or digits.", context);
    }

    private static void CheckParticipant(ParticipantFile p, string path, HashSet<string> sellers, ValidationContext<CollectiveFile> context)
    {
        Require(p.Seller is null || sellers.Contains(p.Seller), path + ".seller", $"'{p.Seller}' is not a sellers[].id.", context);
        Require(p.CustomerKind is null || Kinds.Contains(p.CustomerKind), path + ".customerKind", "must be household, business or public.", context);
        Require(p.Siret is null || IsDigits(p.Siret, 14), path + ".siret", "must be the 14-digit SIRET.", context);
        Require(p.AcciseAccRate is null or "normal" or "zero", path + ".acciseAccRate", "must be \"normal\" or \"zero\".", context);
        Require(p.PeakKwp is null or > 0m, path + ".peakKwp", "must be positive.", context);
        var hours = p.OffPeakHours ?? [];
        for (var h = 0; h < hours.Count; h++)
        {
            Require(CollectiveValues.ParseRange(hours[h]) is not null, $"{path}.offPeakHours[{h}]", $"'{hours[h]}' is not a range HH:mm-HH:mm.", context);
        }

        CheckOffer(p.SupplierOffer, path + ".supplierOffer", context);
    }

    public static void CheckOffer(SupplierOfferFile? offer, string path, ValidationContext<CollectiveFile> context)
    {
        if (offer is { } o)
        {
            var prices = o.PricesTtcEurPerKwh ?? [];
            Require(prices.Count > 0 || o.EnergyPriceHtEurPerKwh is not null, path, "needs pricesTtcEurPerKwh or energyPriceHtEurPerKwh.", context);
            Require(prices.Keys.All(OfferClasses.Contains), path + ".pricesTtcEurPerKwh", "classes are base, HP/HC or HPH/HCH/HPB/HCB.", context);
            Require(prices.Values.All(v => v is >= 0m and < 10m), path + ".pricesTtcEurPerKwh", "prices must be 0–10 EUR/kWh.", context);
            Require(prices.Count == 0 || o.SubscriptionTtcEurPerMonth is >= 0m and < 10000m, path + ".subscriptionTtcEurPerMonth", "is required with all-in prices (0–10000 EUR/month).", context);
            Require(o.EnergyPriceHtEurPerKwh is null or >= 0m and < 10m, path + ".energyPriceHtEurPerKwh", "must be 0–10 EUR/kWh.", context);
        }
    }

    private static bool IsDigits(string? text, int length) => text is not null && text.Length == length && text.All(char.IsAsciiDigit);

    private static void Require(bool ok, string path, string message, ValidationContext<CollectiveFile> context)
    {
        if (!ok)
        {
            context.AddFailure(path, message);
        }
    }
}
