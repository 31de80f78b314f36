using System.Collections.Immutable;
using Daisee.Billing.Contract;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// <c>summary.json</c> (<see cref="SummaryDocument"/>): the results formatted, nothing computed
/// here (totals come from <see cref="AllocationResult.Totals"/>, amounts from the bills). On a
/// rejected run the parts that could not be computed are absent and <c>status</c> says <c>rejected</c>.
/// </summary>
public static class SummaryWriter
{
    public const string FileName = SummaryDocument.FileName;

    public static byte[] Write(BillingPeriod? period, string month, Collective? collective, AllocationResult? allocation, IReadOnlyList<Bill> bills, ConformityReport report, string? error, AllocationReport? allocationReport = null, ImmutableArray<InvoiceCorrection> corrections = default) =>
        ContractJson.Write(Document(period, month, collective, allocation, bills, report, error, allocationReport, corrections), ContractJsonContext.Default.SummaryDocument);

    public static SummaryDocument Document(BillingPeriod? period, string month, Collective? collective, AllocationResult? allocation, IReadOnlyList<Bill> bills, ConformityReport report, string? error, AllocationReport? allocationReport = null, ImmutableArray<InvoiceCorrection> corrections = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var totals = allocation?.Totals;
        (SummaryAllocation Allocation, SummaryIndicators Indicators, SummaryReconciliation Reconciliation)? sections =
            allocation is null ? null : AllocationSummaryWriter.Sections(collective!, allocation, totals!, allocationReport);
        return new SummaryDocument(
            Status: error is null ? SummaryDocument.Billed : SummaryDocument.Rejected,
            Period: month,
            Collective: collective?.Name,
            OperationId: collective?.OperationId,
            TimeZone: collective?.Zone.Id,
            StepMinutes: collective?.StepMinutes,
            RulesHash: collective?.RulesHash,
            Steps: period?.StepCount,
            EngineVersion: EngineVersion.Value,
            AllocationMethod: allocation is null ? null : MethodName(allocation.Method),
            Participants: allocation is null ? null : Participants(allocation, bills),
            Totals: totals is null ? null : Totals(totals),
            Allocation: sections?.Allocation,
            Indicators: sections?.Indicators,
            Reconciliation: sections?.Reconciliation,
            Corrections: corrections.IsDefaultOrEmpty ? null : [.. corrections.Select(CorrectionsJson.ToContract)],
            Conformity: Conformity(report),
            Error: error);
    }

    public static string MethodName(AllocationMethod method) => method switch
    {
        AllocationMethod.Prorata => "prorata",
        AllocationMethod.Static => "static",
        AllocationMethod.DynamicSimple => "dynamic-simple",
        AllocationMethod.FullDynamic => "full-dynamic",
        AllocationMethod.Cascade => "cascade",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    public static SummaryConformity Conformity(ConformityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.RowsRead, report.RowsAccepted, report.RowsRejected, report.RowsOutOfScope, report.IssuesByCode);
    }

    private static EnergyTotals Totals(Indicators t) => new(
        t.Production.WattHours, t.Autoproduced.WattHours, t.Surplus.WattHours, t.Consumption.WattHours, t.Autoconsumed.WattHours, t.Complement.WattHours);

    private static ImmutableArray<SummaryParticipant> Participants(AllocationResult allocation, IReadOnlyList<Bill> bills) =>
        [.. allocation.Participants.Select(p =>
        {
            var ofParticipant = bills.Where(b => b.Participant.Prm == p.Participant.Prm).ToArray();
            var producing = p.Side == Direction.Production;
            var rate = new Fraction(Indicators.Rate(p.LocalTotal, p.MeasuredTotal));
            var statement = producing ? ofParticipant.FirstOrDefault(b => b.Kind == BillKind.ProducerStatement) : null;
            var bill = producing ? null : ofParticipant.FirstOrDefault(b => b.Kind == BillKind.LocalInvoice);
            return new SummaryParticipant(
                p.Participant.Prm.Value,
                p.Participant.Role.ToName(),
                p.Participant.Name,
                p.MeasuredTotal.WattHours,
                p.LocalTotal.WattHours,
                p.GridTotal.WattHours,
                Side: p.Participant.Role == Role.Storage ? (producing ? "discharge" : "charge") : null,
                SelfConsumptionRate: producing ? rate : null,
                CoverageRate: producing ? null : rate,
                Statement: statement is null ? null : Statement(StatementTotals.Of(statement)),
                Bill: bill is null ? null : Bill(bill));
        })];

    private static SummaryBill Bill(Bill bill) => new(
        bill.EnergyByClass.ToImmutableSortedDictionary(e => e.Key, e => e.Value.KilowattHours, StringComparer.Ordinal),
        bill.TotalExclTax.Amount,
        bill.Taxes.Amount,
        bill.Total.Amount);

    private static SummaryStatement Statement(StatementTotals s) =>
        new(s.Sold.KilowattHours, s.SoldAmount.Amount, s.Surplus.KilowattHours, s.SurplusAmount.Amount);
}
