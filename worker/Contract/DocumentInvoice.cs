namespace Daisee.Billing.Contract;

/// <summary>
/// One invoice inside <c>bill-&lt;prm&gt;.json</c>: number, dates (YYYY-MM-DD), issuer, the sellers it
/// is issued on behalf of (ids), the sellers, the buyer, lines, totals per VAT rate, totals (EUR),
/// whether it carries no VAT, and its mandatory mentions.
/// </summary>
public sealed record DocumentInvoice(
    string Number,
    string IssueDate,
    string DueDate,
    DocumentSeller Issuer,
    IReadOnlyList<string> OnBehalfOf,
    IReadOnlyList<DocumentSeller> Sellers,
    DocumentBuyer Buyer,
    string Currency,
    IReadOnlyList<DocumentLine> Lines,
    IReadOnlyList<DocumentVatTotal> VatSummary,
    decimal TotalHtEur,
    decimal ExciseEur,
    decimal VatEur,
    decimal TotalTtcEur,
    bool WithoutVat,
    IReadOnlyList<string> Mentions);
