using System.Text.Json;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// One JSON document per participant: <c>bill-&lt;prm&gt;.json</c> (local invoice, supplier estimate,
/// saving) for consumers, <c>statement-&lt;prm&gt;.json</c> for producers. A document holds only its
/// own participant's PRM and name; other members appear under pseudonyms.
/// </summary>
public static class ParticipantJsonWriter
{
    public static string BillName(Prm prm) => $"bill-{prm.Value}.json";

    public static string StatementName(Prm prm) => $"statement-{prm.Value}.json";

    public static byte[] WriteBill(BillingPeriod period, Collective collective, ParticipantAllocation allocation, BillingDocuments documents) =>
        JsonText.Write(w =>
        {
            var prm = allocation.Participant.Prm;
            Header(w, period, collective, allocation, "bill");
            w.WriteStartArray("invoices");
            foreach (var invoice in documents.InvoicesOf(prm))
            {
                InvoiceJson.Write(w, invoice, collective);
            }

            w.WriteEndArray();
            if (!documents.CorrectionsOf(prm).IsEmpty)
            {
                CorrectionsJson.Write(w, "creditNotes", documents.CorrectionsOf(prm));
            }

            WriteDocument(w, "localInvoice", documents.LocalInvoiceOf(prm)!);
            if (documents.EstimateOf(prm) is { } estimate)
            {
                if (MemberOffer.Of(allocation.Participant, collective) is { } offer)
                {
                    w.WriteString("supplierOffer", offer.Name);
                    w.WriteString("supplierOfferKind", offer.IsAllIn ? "all-in-ttc" : "energy-only-ht");
                }

                WriteDocument(w, "supplierEstimate", estimate.WithCollective);
                WriteDocument(w, "withoutCollective", estimate.WithoutCollective);
                w.WriteNumber("localInvoicesEur", estimate.Local.Amount);
                w.WriteNumber("withCollectiveEur", (estimate.Local + estimate.WithCollective.Total).Amount);
                w.WriteNumber("withoutCollectiveEur", estimate.WithoutCollective.Total.Amount);
                w.WriteNumber("savingEur", estimate.Saving.Amount);
                w.WriteBoolean("estimateComplete", estimate.Complete);
            }

            w.WriteEndObject();
        });

    public static byte[] WriteStatement(BillingPeriod period, Collective collective, ParticipantAllocation allocation, Bill statement, BillingDocuments documents) =>
        JsonText.Write(w =>
        {
            var producer = allocation.Participant;
            Header(w, period, collective, allocation, "statement");
            w.WriteNumber("selfConsumptionRate", Rate(allocation.LocalTotal, allocation.MeasuredTotal));
            w.WriteNumber("soldKwh", statement.Lines.Where(l => l.Code == StatementCalculator.SoldCode).Aggregate(Energy.Zero, (s, l) => s + l.Energy).KilowattHours);
            w.WriteString("surplusBuyer", producer.SurplusBuyer ?? string.Empty);
            w.WriteString("surplusContract", producer.SurplusContract ?? string.Empty);
            w.WriteBoolean("acciseAccEligible", AcciseEligibility.Eligible(producer));
            WriteDocument(w, "statement", statement);
            WriteSellerTotals(w, collective, producer, documents);
            w.WriteEndObject();
        });

    /// <summary>The seller's totals over all its invoices of the period, for its declarations.</summary>
    private static void WriteSellerTotals(Utf8JsonWriter w, Collective collective, Participant producer, BillingDocuments documents)
    {
        var id = collective.SellerOf(producer.Seller)?.Id ?? InvoiceSellers.UnnamedId;
        var lines = documents.Invoices.SelectMany(i => i.Lines).Where(l => l.SellerId == id).ToList();
        decimal Sum(Func<BillLine, bool> f) => lines.Where(f).Sum(l => l.Amount.Amount);
        w.WriteStartObject("sellerTotals");
        w.WriteString("seller", id);
        w.WriteNumber("invoices", documents.Invoices.Count(i => i.Lines.Any(l => l.SellerId == id)));
        w.WriteNumber("totalHtEur", Sum(l => l.Code != VatLines.Code));
        w.WriteNumber("exciseEur", Sum(l => l.Code == RateComponents.Accise));
        w.WriteNumber("vatEur", Sum(l => l.Code == VatLines.Code));
        w.WriteNumber("totalTtcEur", Sum(_ => true));
        w.WriteEndObject();
    }

    /// <summary>Local / measured, 4 decimals, half away from zero; 0 when nothing was measured.</summary>
    public static decimal Rate(Energy part, Energy whole) =>
        whole.MilliwattHours == 0 ? 0m : decimal.Round((decimal)part.MilliwattHours / whole.MilliwattHours, 4, MidpointRounding.AwayFromZero);

    public static void WriteDocument(Utf8JsonWriter w, string name, Bill bill)
    {
        w.WriteStartObject(name);
        w.WriteString("currency", bill.Currency);
        WriteLines(w, bill.Lines);
        w.WriteNumber("amountExclTaxEur", bill.TotalExclTax.Amount);
        w.WriteNumber("taxesEur", bill.Taxes.Amount);
        w.WriteNumber("totalEur", bill.Total.Amount);
        w.WriteBoolean("usesUnsureRates", bill.UsesUnsureRates);
        w.WriteEndObject();
    }

    public static void WriteLines(Utf8JsonWriter w, IEnumerable<BillLine> lines)
    {
        w.WriteStartArray("lines");
        foreach (var l in lines)
        {
            WriteLine(w, l);
        }

        w.WriteEndArray();
    }

    private static void Header(Utf8JsonWriter w, BillingPeriod period, Collective collective, ParticipantAllocation allocation, string kind)
    {
        w.WriteStartObject();
        w.WriteString("document", kind);
        w.WriteString("collective", collective.Name);
        w.WriteString("operationId", collective.OperationId);
        w.WriteString("period", period.Name);
        w.WriteString("prm", allocation.Participant.Prm.Value);
        w.WriteString("name", allocation.Participant.Name);
        w.WriteNumber("measuredKwh", allocation.MeasuredTotal.KilowattHours);
        w.WriteNumber("localKwh", allocation.LocalTotal.KilowattHours);
        w.WriteNumber("gridKwh", allocation.GridTotal.KilowattHours);
    }

    private static void WriteLine(Utf8JsonWriter w, BillLine l)
    {
        w.WriteStartObject();
        w.WriteString("code", l.Code);
        w.WriteString("label", l.Label);
        if (l.PriceClass.Length > 0)
        {
            w.WriteString("class", l.PriceClass);
        }

        w.WriteNumber("quantity", l.Quantity);
        w.WriteString("quantityUnit", l.QuantityUnit);
        w.WriteNumber("rate", l.Rate);
        w.WriteString("rateUnit", l.RateUnit);
        if (l.From is { } from && l.To is { } to)
        {
            w.WriteString("from", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("to", to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        w.WriteNumber("amount", l.Amount.Amount);
        w.WriteBoolean("tax", l.IsTax);
        if (l.SellerId.Length > 0)
        {
            w.WriteString("seller", l.SellerId);
        }

        if (l.NotEstimated)
        {
            w.WriteBoolean("notEstimated", true);
        }
        if (l.Vat is { } vat)
        {
            w.WriteNumber("vatPercent", vat.Value);
        }

        if (l.Source is { } source)
        {
            w.WriteString("reference", source.Reference);
            w.WriteString("confidence", source.Confidence);
            if (source.IsUnsure)
            {
                w.WriteBoolean("unconfirmed", true);
            }
        }

        w.WriteEndObject();
    }
}
