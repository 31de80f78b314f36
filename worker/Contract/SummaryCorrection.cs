using System.Text.Json.Serialization;

namespace Daisee.Billing.Contract;

/// <summary>
/// One correction of a month billed again (<c>summary.json</c> <c>corrections</c>): the member, the
/// seller, the reason, the credit note, the invoice it cancels, its replacement (null when the member
/// owes nothing any more) and the difference in EUR incl. tax (new − cancelled).
/// </summary>
public sealed record SummaryCorrection(
    string Prm,
    string Issuer,
    string Reason,
    SummaryInvoiceReference CreditNote,
    SummaryInvoiceReference Cancels,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] SummaryInvoiceReference? Replacement,
    decimal DifferenceTtcEur);
