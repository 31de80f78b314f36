using System.Globalization;
using Daisee.Billing.Contract;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>One invoice as the output contract states it inside <c>bill-&lt;prm&gt;.json</c> (<see cref="DocumentInvoice"/>).</summary>
public static class InvoiceJson
{
    public static DocumentInvoice ToContract(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var buyer = invoice.Buyer;
        return new DocumentInvoice(
            invoice.Number,
            Date(invoice.IssueDate),
            Date(invoice.DueDate),
            Seller(invoice.Issuer),
            [.. invoice.Principals.Select(s => s.Id)],
            [.. invoice.Sellers.Select(Seller)],
            new DocumentBuyer(buyer.Prm.Value, buyer.Name, buyer.BillingAddress ?? string.Empty, buyer.CustomerKind.ToString().ToLowerInvariant(), buyer.Siret),
            invoice.Currency,
            ParticipantJsonWriter.Lines(invoice.Lines),
            [.. invoice.Lines.Where(l => l.Code == VatLines.Code).Select(l => new DocumentVatTotal(l.SellerId, l.Rate, l.Quantity, l.Amount.Amount))],
            invoice.TotalHt.Amount,
            invoice.Excise.Amount,
            invoice.Vat.Amount,
            invoice.TotalTtc.Amount,
            invoice.WithoutVat,
            invoice.Mentions);
    }

    /// <summary>A local day as the documents write it: <c>YYYY-MM-DD</c>.</summary>
    public static string Date(NodaTime.LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DocumentSeller Seller(Seller s) =>
        new(s.Id, s.LegalName, s.Address, s.Siren, s.Siret, s.VatNumber ?? string.Empty, s.VatRegime == VatRegime.Franchise293B ? "franchise-293B" : "standard");
}
