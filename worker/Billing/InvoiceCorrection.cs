using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>A credit note, the invoice it cancels and the invoice that replaces it (none when nothing is due any more).</summary>
public sealed record InvoiceCorrection(Invoice CreditNote, PreviousInvoice Cancelled, Invoice? Replacement, string Reason)
{
    public Prm Buyer => CreditNote.Buyer.Prm;

    /// <summary>New TTC − cancelled TTC.</summary>
    public decimal DifferenceEur => (Replacement?.TotalTtc.Amount ?? 0m) - Cancelled.TotalTtc;
}
