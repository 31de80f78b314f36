using System.Text.Json;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// The allocation parts of <c>summary.json</c>: per-participant rates, and the
/// <c>allocation</c> (key applied, monthly shares, what the bills use), <c>indicators</c> and
/// <c>reconciliation</c> sections. Energies in Wh, rates as fractions (see <see cref="Indicators"/>).
/// </summary>
public static class AllocationSummaryWriter
{
    public const string OperatorPrevails = "When the grid operator's definitive split is supplied it prevails: allocation.csv and the bills use its values wherever it gives one; our own differences are listed in reconciliation.csv.";

    /// <summary>Fields added to a participant's entry: its side (storage only) and its rate.</summary>
    public static void WriteRates(Utf8JsonWriter w, ParticipantAllocation entry)
    {
        if (entry.Participant.Role == Role.Storage)
        {
            w.WriteString("side", entry.Side == Direction.Production ? "discharge" : "charge");
        }

        WriteRate(w, entry.Side == Direction.Production ? "selfConsumptionRate" : "coverageRate", Indicators.Rate(entry.LocalTotal, entry.MeasuredTotal));
    }

    public static void WriteSections(Utf8JsonWriter w, Collective collective, AllocationResult billed, AllocationReport? report)
    {
        var reconciliation = report?.Reconciliation ?? ReconciliationResult.None(billed, collective.Policies.ReconciliationTolerance);
        WriteAllocation(w, collective.Allocation, billed, report?.StepsWithKeys, reconciliation);
        WriteIndicators(w, billed);
        WriteReconciliation(w, reconciliation);
    }

    private static void WriteAllocation(Utf8JsonWriter w, AllocationRules rules, AllocationResult billed, int? stepsWithKeys, ReconciliationResult reconciliation)
    {
        w.WriteStartObject("allocation");
        w.WriteString("method", SummaryWriter.MethodName(rules.Method));
        if (rules.Method == AllocationMethod.Cascade)
        {
            w.WriteString("within", SummaryWriter.MethodName(rules.Within));
        }

        if (rules.KeysFile is { } keysFile && stepsWithKeys is { } steps)
        {
            w.WriteString("keysFile", keysFile);
            w.WriteNumber("stepsWithKeys", steps);
        }

        w.WriteString("billedOn", reconciliation.BilledOn);
        w.WriteString("keysOut", KeysCsvWriter.FileName);
        var local = Indicators.Of(billed).Autoconsumed;
        w.WriteStartArray("monthlyShares");
        foreach (var c in billed.Consumers)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Participant.Prm.Value);
            w.WriteNumber("autoconsumedWh", c.LocalTotal.WattHours);
            WriteRate(w, "share", Indicators.MonthlyShare(c, local));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIndicators(Utf8JsonWriter w, AllocationResult billed)
    {
        var all = Indicators.Of(billed);
        w.WriteStartObject("indicators");
        w.WriteNumber("productionWh", all.Production.WattHours);
        w.WriteNumber("autoproducedWh", all.Autoproduced.WattHours);
        w.WriteNumber("surplusWh", all.Surplus.WattHours);
        w.WriteNumber("consumptionWh", all.Consumption.WattHours);
        w.WriteNumber("autoconsumedWh", all.Autoconsumed.WattHours);
        w.WriteNumber("complementWh", all.Complement.WattHours);
        WriteRate(w, "selfConsumptionRate", all.SelfConsumptionRate);
        WriteRate(w, "coverageRate", all.CoverageRate);
        w.WriteEndObject();
    }

    private static void WriteReconciliation(Utf8JsonWriter w, ReconciliationResult r)
    {
        w.WriteStartObject("reconciliation");
        w.WriteBoolean("operatorSplitSupplied", r.SplitSupplied);
        w.WriteBoolean("siteMetersSupplied", r.SiteSupplied);
        w.WriteNumber("toleranceWh", r.Tolerance.WattHours);
        w.WriteNumber("splitValuesCompared", r.SplitValuesCompared);
        w.WriteNumber("siteValuesCompared", r.SiteValuesCompared);
        w.WriteNumber("splitValuesApplied", r.SplitValuesApplied);
        w.WriteNumber("splitInconsistencies", r.SplitInconsistencies);
        w.WriteNumber("differences", r.Differences.Length);
        w.WriteString("billedOn", r.BilledOn);
        w.WriteString("rule", OperatorPrevails);
        w.WriteStartArray("byParticipant");
        foreach (var g in r.Differences.GroupBy(d => (d.Prm, d.Compared)).OrderBy(g => g.Key.Prm).ThenBy(g => g.Key.Compared, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("id", g.Key.Prm.Value);
            w.WriteString("compared", g.Key.Compared);
            w.WriteNumber("differences", g.Count());
            w.WriteNumber("maxDifferenceWh", new Energy(g.Max(d => Math.Abs(d.Difference.MilliwattHours))).WattHours);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRate(Utf8JsonWriter w, string name, decimal? rate)
    {
        if (rate is { } value)
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
