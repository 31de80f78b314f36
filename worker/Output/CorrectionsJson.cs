using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Daisee.Billing.Worker.Billing;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// The corrections of a month billed again, in <c>summary.json</c> (<c>corrections</c>) and in each
/// member's <c>bill-&lt;prm&gt;.json</c> (<c>creditNotes</c>): the credit note, the invoice it cancels,
/// the replacement, the TTC difference and the reason.
/// </summary>
public static class CorrectionsJson
{
    public static void Write(Utf8JsonWriter w, string name, ImmutableArray<InvoiceCorrection> corrections)
    {
        w.WriteStartArray(name);
        foreach (var c in corrections)
        {
            w.WriteStartObject();
            w.WriteString("prm", c.Buyer.Value);
            w.WriteString("issuer", c.CreditNote.Issuer.Id);
            w.WriteString("reason", c.Reason);
            Document(w, "creditNote", c.CreditNote.Number, c.CreditNote.IssueDate, c.CreditNote.TotalHt.Amount, c.CreditNote.Vat.Amount, c.CreditNote.TotalTtc.Amount);
            var cancelledHt = c.Cancelled.Lines.Where(l => l.Code != VatLines.Code).Sum(l => l.Amount.Amount);
            Document(w, "cancels", c.Cancelled.Number, c.Cancelled.IssueDate, cancelledHt, c.Cancelled.TotalTtc - cancelledHt, c.Cancelled.TotalTtc);
            if (c.Replacement is { } r)
            {
                Document(w, "replacement", r.Number, r.IssueDate, r.TotalHt.Amount, r.Vat.Amount, r.TotalTtc.Amount);
            }
            else
            {
                w.WriteNull("replacement");
            }

            w.WriteNumber("differenceTtcEur", c.DifferenceEur);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The same correction as the output contract's record (summary.json).</summary>
    public static Daisee.Billing.Contract.SummaryCorrection ToContract(InvoiceCorrection c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var cancelledHt = c.Cancelled.Lines.Where(l => l.Code != VatLines.Code).Sum(l => l.Amount.Amount);
        return new Daisee.Billing.Contract.SummaryCorrection(
            c.Buyer.Value,
            c.CreditNote.Issuer.Id,
            c.Reason,
            Reference(c.CreditNote.Number, c.CreditNote.IssueDate, c.CreditNote.TotalHt.Amount, c.CreditNote.Vat.Amount, c.CreditNote.TotalTtc.Amount),
            Reference(c.Cancelled.Number, c.Cancelled.IssueDate, cancelledHt, c.Cancelled.TotalTtc - cancelledHt, c.Cancelled.TotalTtc),
            c.Replacement is { } r ? Reference(r.Number, r.IssueDate, r.TotalHt.Amount, r.Vat.Amount, r.TotalTtc.Amount) : null,
            c.DifferenceEur);
    }

    private static Daisee.Billing.Contract.SummaryInvoiceReference Reference(string number, NodaTime.LocalDate issued, decimal ht, decimal vat, decimal ttc) =>
        new(number, issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ht, vat, ttc);

    private static void Document(Utf8JsonWriter w, string name, string number, NodaTime.LocalDate issued, decimal ht, decimal vat, decimal ttc)
    {
        w.WriteStartObject(name);
        w.WriteString("number", number);
        w.WriteString("issueDate", issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteNumber("totalHtEur", ht);
        w.WriteNumber("vatEur", vat);
        w.WriteNumber("totalTtcEur", ttc);
        w.WriteEndObject();
    }
}
