namespace Daisee.Billing.Contract;

/// <summary>An invoice or credit note named in a correction: its number, issue date (YYYY-MM-DD) and totals in EUR.</summary>
public sealed record SummaryInvoiceReference(string Number, string IssueDate, decimal TotalHtEur, decimal VatEur, decimal TotalTtcEur);
