using Daisee.Billing.Contract;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// The allocation parts of <c>summary.json</c>: the <c>allocation</c> (key applied, monthly
/// shares, what the bills use), <c>indicators</c> and <c>reconciliation</c> sections, formatted
/// from the allocation results. Energies in Wh, rates as fractions (see <see cref="Indicators"/>).
/// </summary>
public static class AllocationSummaryWriter
{
    public const string OperatorPrevails = "When the grid operator's definitive split is supplied it prevails: allocation.csv and the bills use its values wherever it gives one; our own differences are listed in reconciliation.csv.";

    public static (SummaryAllocation Allocation, SummaryIndicators Indicators, SummaryReconciliation Reconciliation) Sections(
        Collective collective, AllocationResult billed, Indicators totals, AllocationReport? report)
    {
        ArgumentNullException.ThrowIfNull(collective);
        ArgumentNullException.ThrowIfNull(billed);
        ArgumentNullException.ThrowIfNull(totals);
        var reconciliation = report?.Reconciliation ?? ReconciliationResult.None(billed, collective.Policies.ReconciliationTolerance);
        return (AllocationSection(collective.Allocation, billed, totals, report?.StepsWithKeys, reconciliation), IndicatorsSection(totals), ReconciliationSection(reconciliation));
    }

    private static SummaryAllocation AllocationSection(AllocationRules rules, AllocationResult billed, Indicators totals, int? stepsWithKeys, ReconciliationResult reconciliation)
    {
        var keysFile = rules.KeysFile is not null && stepsWithKeys is not null ? rules.KeysFile : null;
        return new SummaryAllocation(
            SummaryWriter.MethodName(rules.Method),
            reconciliation.BilledOn,
            KeysCsvWriter.FileName,
            [.. billed.Consumers.Select(c => new MonthlyShare(c.Participant.Prm.Value, c.LocalTotal.WattHours, Indicators.MonthlyShare(c, totals.Autoconsumed)))],
            Within: rules.Method == AllocationMethod.Cascade ? SummaryWriter.MethodName(rules.Within) : null,
            KeysFile: keysFile,
            StepsWithKeys: keysFile is null ? null : stepsWithKeys);
    }

    private static SummaryIndicators IndicatorsSection(Indicators all) => new(
        all.Production.WattHours,
        all.Autoproduced.WattHours,
        all.Surplus.WattHours,
        all.Consumption.WattHours,
        all.Autoconsumed.WattHours,
        all.Complement.WattHours,
        all.SelfConsumptionRate,
        all.CoverageRate);

    private static SummaryReconciliation ReconciliationSection(ReconciliationResult r) => new(
        r.SplitSupplied,
        r.SiteSupplied,
        r.Tolerance.WattHours,
        r.SplitValuesCompared,
        r.SiteValuesCompared,
        r.SplitValuesApplied,
        r.SplitInconsistencies,
        r.Differences.Length,
        r.BilledOn,
        OperatorPrevails,
        [.. r.Differences.GroupBy(d => (d.Prm, d.Compared)).OrderBy(g => g.Key.Prm).ThenBy(g => g.Key.Compared, StringComparer.Ordinal)
            .Select(g => new ReconciliationByParticipant(g.Key.Prm.Value, g.Key.Compared, g.Count(), new Energy(g.Max(d => Math.Abs(d.Difference.MilliwattHours))).WattHours))]);
}
