using System.Globalization;
using System.Text.Json;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>The JSON shape of one invoice inside <c>bill-&lt;prm&gt;.json</c>: number, dates, parties, lines, totals per VAT rate, mentions.</summary>
public static class InvoiceJson
{
    public static void Write(Utf8JsonWriter w, Invoice invoice, Collective collective)
    {
        w.WriteStartObject();
        w.WriteString("number", invoice.Number);
        w.WriteString("issueDate", Date(invoice.IssueDate));
        w.WriteString("dueDate", Date(invoice.DueDate));
        WriteSeller(w, "issuer", invoice.Issuer);
        w.WriteStartArray("onBehalfOf");
        foreach (var s in invoice.Principals)
        {
            w.WriteStringValue(s.Id);
        }

        w.WriteEndArray();
        w.WriteStartArray("sellers");
        foreach (var s in invoice.Sellers)
        {
            WriteSeller(w, null, s);
        }

        w.WriteEndArray();
        w.WriteStartObject("buyer");
        w.WriteString("prm", invoice.Buyer.Prm.Value);
        w.WriteString("name", invoice.Buyer.Name);
        w.WriteString("address", invoice.Buyer.BillingAddress ?? string.Empty);
        w.WriteString("customerKind", invoice.Buyer.CustomerKind.ToString().ToLowerInvariant());
        if (invoice.Buyer.Siret is { } siret)
        {
            w.WriteString("siret", siret);
        }

        w.WriteEndObject();
        w.WriteString("currency", invoice.Currency);
        ParticipantJsonWriter.WriteLines(w, invoice.Lines);
        WriteVatSummary(w, invoice);
        w.WriteNumber("totalHtEur", invoice.TotalHt.Amount);
        w.WriteNumber("exciseEur", invoice.Excise.Amount);
        w.WriteNumber("vatEur", invoice.Vat.Amount);
        w.WriteNumber("totalTtcEur", invoice.TotalTtc.Amount);
        w.WriteBoolean("withoutVat", invoice.WithoutVat);
        w.WriteStartArray("mentions");
        foreach (var m in invoice.Mentions)
        {
            w.WriteStringValue(m);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteVatSummary(Utf8JsonWriter w, Invoice invoice)
    {
        w.WriteStartArray("vatSummary");
        foreach (var l in invoice.Lines.Where(l => l.Code == VatLines.Code))
        {
            w.WriteStartObject();
            w.WriteString("seller", l.SellerId);
            w.WriteNumber("ratePercent", l.Rate);
            w.WriteNumber("baseHtEur", l.Quantity);
            w.WriteNumber("vatEur", l.Amount.Amount);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSeller(Utf8JsonWriter w, string? name, Seller s)
    {
        if (name is null)
        {
            w.WriteStartObject();
        }
        else
        {
            w.WriteStartObject(name);
        }

        w.WriteString("id", s.Id);
        w.WriteString("legalName", s.LegalName);
        w.WriteString("address", s.Address);
        w.WriteString("siren", s.Siren);
        w.WriteString("siret", s.Siret);
        w.WriteString("vatNumber", s.VatNumber ?? string.Empty);
        w.WriteString("vatRegime", s.VatRegime == VatRegime.Franchise293B ? "franchise-293B" : "standard");
        w.WriteEndObject();
    }

    private static string Date(NodaTime.LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
