using Daisee.Billing.Worker.Allocation;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// <c>reconciliation.csv</c>: every value that differs from the grid operator's by more than
/// <c>policies.reconciliationToleranceWh</c>: <c>start</c> (UTC step), <c>participant</c>
/// (PRM), <c>quantity</c> (cons, autocons, complement, prod, autoprod, surplus), <c>compared</c>
/// (<c>engine</c> = our split, <c>site</c> = the provider's meter), the compared and operator
/// values and <c>difference_wh = compared − operator</c>, in Wh. Sorted by step, PRM, quantity,
/// compared. Header only when nothing differs or nothing was supplied (summary.json says which).
/// </summary>
public static class ReconciliationCsvWriter
{
    public const string FileName = "reconciliation.csv";
    public const string Header = "start,participant,quantity,compared,compared_wh,operator_wh,difference_wh";

    public static byte[] Write(ReconciliationResult reconciliation) =>
        CsvText.Write(Header, reconciliation.Differences.Select(d => string.Join(',',
            CsvText.Instant(d.Step.Start),
            d.Prm.Value,
            ReconciliationDifference.QuantityName(d.Quantity),
            d.Compared,
            CsvText.WattHours(d.ComparedValue),
            CsvText.WattHours(d.OperatorValue),
            CsvText.WattHours(d.Difference))));
}
