using System.Globalization;
using Daisee.Billing.Worker.Billing;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// The corrections of a month billed again as the output contract states them, in <c>summary.json</c>
/// (<c>corrections</c>) and in each member's <c>bill-&lt;prm&gt;.json</c> (<c>creditNotes</c>): the
/// credit note, the invoice it cancels, the replacement, the TTC difference and the reason.
/// </summary>
public static class CorrectionsJson
{
    /// <summary>One correction as the contract's record.</summary>
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
}
