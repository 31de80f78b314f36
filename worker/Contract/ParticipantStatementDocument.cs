namespace Daisee.Billing.Contract;

/// <summary>
/// <c>statement-&lt;prm&gt;.json</c>: one producer's month: its energy (kWh), its self-consumption
/// rate (local / measured, 4 decimals), the energy sold, its surplus contract, its statement and
/// its seller's totals over the period's invoices (EUR).
/// </summary>
public sealed record ParticipantStatementDocument(
    string Document,
    string Collective,
    string OperationId,
    string Period,
    string Prm,
    string Name,
    decimal MeasuredKwh,
    decimal LocalKwh,
    decimal GridKwh,
    decimal SelfConsumptionRate,
    decimal SoldKwh,
    string SurplusBuyer,
    string SurplusContract,
    bool AcciseAccEligible,
    DocumentBill Statement,
    DocumentSellerTotals SellerTotals);
