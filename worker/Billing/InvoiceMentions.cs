using System.Collections.Immutable;
using System.Globalization;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The mandatory mentions of an invoice, in French, beyond its number, dates, parties and lines
/// (CGI art. 242 nonies A; Code de commerce L441-9 and L441-10, D441-5 for business and public
/// buyers; Code de la consommation L616-1 and Code de l'énergie L122-1 for consumers): mandate,
/// VAT franchise, payment terms, late-payment penalties and the 40 € indemnity, complaints and
/// the Médiateur national de l'énergie, the excise basis of each plant.
/// </summary>
public static class InvoiceMentions
{
    public const string Franchise = "TVA non applicable, art. 293 B du CGI";
    public const string Mediator = "Médiateur national de l'énergie";
    public const string RecoveryIndemnity = "indemnité forfaitaire pour frais de recouvrement de 40 €";

    public static ImmutableArray<string> Of(Invoice invoice, Collective collective)
    {
        var mentions = ImmutableArray.CreateBuilder<string>();
        if (invoice.UnderMandate)
        {
            mentions.Add($"Facture établie par {invoice.Issuer.LegalName} au nom et pour le compte de {string.Join(" et de ", invoice.Principals.Select(s => s.LegalName))} (mandat de facturation, CGI art. 289 I-2).");
        }

        foreach (var seller in invoice.Sellers.Where(s => s.VatRegime == VatRegime.Franchise293B))
        {
            mentions.Add($"{Franchise} ({seller.LegalName}).");
        }

        var terms = collective.Invoicing.PaymentTermDays;
        mentions.Add(string.Create(CultureInfo.InvariantCulture,
            $"Date d'échéance : {invoice.DueDate:dd/MM/yyyy} (paiement à {terms} jours de la date d'émission). Pas d'escompte pour paiement anticipé."));
        foreach (var seller in invoice.Sellers.Where(s => s.Payment is { Length: > 0 }))
        {
            mentions.Add($"Règlement à {seller.LegalName} : {seller.Payment}.");
        }

        if (invoice.Buyer.CustomerKind is CustomerKind.Business or CustomerKind.Public)
        {
            mentions.Add($"En cas de retard de paiement : pénalités au taux de {collective.Invoicing.LatePenalty} (Code de commerce L441-10) et {RecoveryIndemnity} (art. D441-5).");
        }
        else
        {
            var contact = invoice.Issuer.Contact is { Length: > 0 } c ? $" ({c})" : string.Empty;
            mentions.Add($"Réclamation : adressez-vous d'abord à {invoice.Issuer.LegalName}{contact}. À défaut de réponse satisfaisante sous deux mois, vous pouvez saisir gratuitement le {Mediator} (www.energie-mediateur.fr).");
        }

        var excise = invoice.Lines.Where(l => l.Code == RateComponents.Accise).ToList();
        if (excise.Any(l => l.Source?.Option == RateComponents.AcciseAccZero))
        {
            mentions.Add(ProducerExcise.LegalBasisZero);
        }

        if (excise.Any(l => l.Source?.Option != RateComponents.AcciseAccZero))
        {
            mentions.Add(ProducerExcise.LegalBasisNormal);
        }

        if (invoice.Lines.Any(l => l.IsUnsure))
        {
            mentions.Add("* Taux réglementé non confirmé (incertain ou provisoire) : voir les références des taux.");
        }

        return mentions.ToImmutable();
    }
}
