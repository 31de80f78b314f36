using System.Text.Json.Serialization;

namespace Daisee.Billing.Contract;

/// <summary>
/// <c>bill-&lt;prm&gt;.json</c>: one consumer's month: its energy (kWh), its invoices, the credit notes
/// of a month billed again (absent when none), its local charges and, when it has a supplier
/// offer, the supplier's bill with and without the collective and the saving (EUR; absent otherwise).
/// </summary>
public sealed record ParticipantBillDocument
{
    public required string Document { get; init; }

    public required string Collective { get; init; }

    public required string OperationId { get; init; }

    public required string Period { get; init; }

    public required string Prm { get; init; }

    public required string Name { get; init; }

    public required decimal MeasuredKwh { get; init; }

    public required decimal LocalKwh { get; init; }

    public required decimal GridKwh { get; init; }

    public required IReadOnlyList<DocumentInvoice> Invoices { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SummaryCorrection>? CreditNotes { get; init; }

    public required DocumentBill LocalInvoice { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SupplierOffer { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SupplierOfferKind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DocumentBill? SupplierEstimate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DocumentBill? WithoutCollective { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? LocalInvoicesEur { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? WithCollectiveEur { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? WithoutCollectiveEur { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? SavingEur { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? EstimateComplete { get; init; }
}
