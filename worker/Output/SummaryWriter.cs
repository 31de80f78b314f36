using System.Text.Json;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// <c>summary.json</c> (output contract): period, time zone, step, participants, energy totals
/// in Wh, conformity counts; plus each consumer's local bill. On a rejected run the parts that
/// could not be computed are absent and <c>status</c> says <c>rejected</c>.
/// </summary>
public static class SummaryWriter
{
    public const string FileName = "summary.json";

    public static byte[] Write(BillingPeriod? period, string month, Collective? collective, AllocationResult? allocation, IReadOnlyList<Bill> bills, ConformityReport report, string? error, AllocationReport? allocationReport = null, System.Collections.Immutable.ImmutableArray<InvoiceCorrections.Correction> corrections = default) =>
        JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("status", error is null ? "billed" : "rejected");
            w.WriteString("period", month);
            if (collective is not null)
            {
                w.WriteString("collective", collective.Name);
                w.WriteString("operationId", collective.OperationId);
                w.WriteString("timeZone", collective.Zone.Id);
                w.WriteNumber("stepMinutes", collective.StepMinutes);
                w.WriteString("rulesHash", collective.RulesHash);
            }

            if (period is not null)
            {
                w.WriteNumber("steps", period.StepCount);
            }

            w.WriteString("engineVersion", EngineVersion.Value);
            if (allocation is not null)
            {
                w.WriteString("allocationMethod", MethodName(allocation.Method));
                WriteParticipants(w, allocation, bills);
                WriteTotals(w, allocation);
                AllocationSummaryWriter.WriteSections(w, collective!, allocation, allocationReport);
            }

            if (!corrections.IsDefaultOrEmpty)
            {
                CorrectionsJson.Write(w, "corrections", corrections);
            }

            w.WriteStartObject("conformity");
            ConformityWriter.WriteCounts(w, report);
            w.WriteEndObject();
            if (error is not null)
            {
                w.WriteString("error", error);
            }

            w.WriteEndObject();
        });

    public static string MethodName(AllocationMethod method) => method switch
    {
        AllocationMethod.Prorata => "prorata",
        AllocationMethod.Static => "static",
        AllocationMethod.DynamicSimple => "dynamic-simple",
        AllocationMethod.FullDynamic => "full-dynamic",
        AllocationMethod.Cascade => "cascade",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    private static void WriteParticipants(Utf8JsonWriter w, AllocationResult allocation, IReadOnlyList<Bill> bills)
    {
        w.WriteStartArray("participants");
        foreach (var p in allocation.Participants)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Participant.Prm.Value);
            w.WriteString("role", p.Participant.Role.ToName());
            w.WriteString("name", p.Participant.Name);
            w.WriteNumber("measuredWh", p.MeasuredTotal.WattHours);
            w.WriteNumber("localWh", p.LocalTotal.WattHours);
            w.WriteNumber("gridWh", p.GridTotal.WattHours);
            AllocationSummaryWriter.WriteRates(w, p);
            foreach (var bill in bills.Where(b => b.Participant.Prm == p.Participant.Prm))
            {
                if (bill.Kind == BillKind.ProducerStatement && p.Side == Direction.Production)
                {
                    WriteStatement(w, bill);
                }
                else if (bill.Kind == BillKind.LocalInvoice && p.Side == Direction.Consumption)
                {
                    WriteBill(w, bill);
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteBill(Utf8JsonWriter w, Bill bill)
    {
        w.WriteStartObject("bill");
        w.WriteStartObject("energyKwhByClass");
        foreach (var (priceClass, energy) in bill.EnergyByClass)
        {
            w.WriteNumber(priceClass, energy.KilowattHours);
        }

        w.WriteEndObject();
        w.WriteNumber("amountExclTaxEur", bill.TotalExclTax.Amount);
        w.WriteNumber("taxesEur", bill.Taxes.Amount);
        w.WriteNumber("totalEur", bill.Total.Amount);
        w.WriteEndObject();
    }

    /// <summary>A producer's <c>statement</c>: energy sold to members and its value, surplus and its value (excl. tax).</summary>
    private static void WriteStatement(Utf8JsonWriter w, Bill statement)
    {
        var sold = statement.Lines.Where(l => l.Code == StatementCalculator.SoldCode).ToArray();
        var surplus = statement.Lines.Where(l => l.Code == StatementCalculator.SurplusCode).ToArray();
        w.WriteStartObject("statement");
        w.WriteNumber("soldKwh", sold.Aggregate(Energy.Zero, (s, l) => s + l.Energy).KilowattHours);
        w.WriteNumber("soldEur", sold.Aggregate(Money.Zero(statement.Currency), (s, l) => s + l.Amount).Amount);
        w.WriteNumber("surplusKwh", surplus.Aggregate(Energy.Zero, (s, l) => s + l.Energy).KilowattHours);
        w.WriteNumber("surplusEur", surplus.Aggregate(Money.Zero(statement.Currency), (s, l) => s + l.Amount).Amount);
        w.WriteEndObject();
    }

    private static void WriteTotals(Utf8JsonWriter w, AllocationResult allocation)
    {
        static decimal Wh(IEnumerable<ParticipantAllocation> ps, Func<ParticipantAllocation, Energy> f) =>
            ps.Aggregate(Energy.Zero, (s, p) => s + f(p)).WattHours;

        w.WriteStartObject("totals");
        w.WriteNumber("productionWh", Wh(allocation.Producers, p => p.MeasuredTotal));
        w.WriteNumber("autoproducedWh", Wh(allocation.Producers, p => p.LocalTotal));
        w.WriteNumber("surplusWh", Wh(allocation.Producers, p => p.GridTotal));
        w.WriteNumber("consumptionWh", Wh(allocation.Consumers, p => p.MeasuredTotal));
        w.WriteNumber("autoconsumedWh", Wh(allocation.Consumers, p => p.LocalTotal));
        w.WriteNumber("complementWh", Wh(allocation.Consumers, p => p.GridTotal));
        w.WriteEndObject();
    }
}
