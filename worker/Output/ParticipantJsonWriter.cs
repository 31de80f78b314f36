using Daisee.Billing.Contract;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// One JSON document per participant, through the output contract: <c>bill-&lt;id&gt;.json</c>
/// (<see cref="ParticipantBillDocument"/>) for consumers, <c>statement-&lt;id&gt;.json</c>
/// (<see cref="ParticipantStatementDocument"/>) for producers. A document holds only its own
/// participant's PRM and name; other members appear under pseudonyms.
/// </summary>
public static class ParticipantJsonWriter
{
    public static byte[] WriteBill(BillingPeriod period, Collective collective, ParticipantAllocation allocation, BillingDocuments documents) =>
        JsonText.Write(Bill(period, collective, allocation, documents), ContractJsonContext.Default.ParticipantBillDocument);

    public static byte[] WriteStatement(BillingPeriod period, Collective collective, ParticipantAllocation allocation, Bill statement, BillingDocuments documents) =>
        JsonText.Write(Statement(period, collective, allocation, statement, documents), ContractJsonContext.Default.ParticipantStatementDocument);

    public static ParticipantBillDocument Bill(BillingPeriod period, Collective collective, ParticipantAllocation allocation, BillingDocuments documents)
    {
        var p = allocation.Participant;
        var corrections = documents.CorrectionsOf(p.Prm);
        var document = new ParticipantBillDocument
        {
            Document = "bill",
            Collective = collective.Name,
            OperationId = collective.OperationId,
            Period = period.Name,
            Prm = p.Prm.Value,
            Name = p.Name,
            MeasuredKwh = allocation.MeasuredTotal.KilowattHours,
            LocalKwh = allocation.LocalTotal.KilowattHours,
            GridKwh = allocation.GridTotal.KilowattHours,
            Invoices = [.. documents.InvoicesOf(p.Prm).Select(InvoiceJson.ToContract)],
            CreditNotes = corrections.IsEmpty ? null : [.. corrections.Select(CorrectionsJson.ToContract)],
            LocalInvoice = Totals(documents.LocalInvoiceOf(p.Prm)!),
        };
        if (documents.EstimateOf(p.Prm) is not { } estimate)
        {
            return document;
        }

        var offer = MemberOffer.Of(p, collective);
        return document with
        {
            SupplierOffer = offer?.Name,
            SupplierOfferKind = offer is null ? null : offer.IsAllIn ? "all-in-ttc" : "energy-only-ht",
            SupplierEstimate = Totals(estimate.WithCollective),
            WithoutCollective = Totals(estimate.WithoutCollective),
            LocalInvoicesEur = estimate.Local.Amount,
            WithCollectiveEur = (estimate.Local + estimate.WithCollective.Total).Amount,
            WithoutCollectiveEur = estimate.WithoutCollective.Total.Amount,
            SavingEur = estimate.Saving.Amount,
            EstimateComplete = estimate.Complete,
        };
    }

    public static ParticipantStatementDocument Statement(BillingPeriod period, Collective collective, ParticipantAllocation allocation, Bill statement, BillingDocuments documents)
    {
        var producer = allocation.Participant;
        return new ParticipantStatementDocument(
            "statement", collective.Name, collective.OperationId, period.Name, producer.Prm.Value, producer.Name,
            allocation.MeasuredTotal.KilowattHours, allocation.LocalTotal.KilowattHours, allocation.GridTotal.KilowattHours,
            Rate(allocation.LocalTotal, allocation.MeasuredTotal),
            statement.Lines.Where(l => l.Code == StatementCalculator.SoldCode).Aggregate(Energy.Zero, (s, l) => s + l.Energy).KilowattHours,
            producer.SurplusBuyer ?? string.Empty,
            producer.SurplusContract ?? string.Empty,
            AcciseEligibility.Eligible(producer),
            Totals(statement),
            SellerTotals(collective, producer, documents));
    }

    /// <summary>Local / measured, 4 decimals, half away from zero; 0 when nothing was measured.</summary>
    public static decimal Rate(Energy part, Energy whole) =>
        whole.MilliwattHours == 0 ? 0m : decimal.Round((decimal)part.MilliwattHours / whole.MilliwattHours, 4, MidpointRounding.AwayFromZero);

    /// <summary>The seller's totals over all its invoices of the period, for its declarations.</summary>
    private static DocumentSellerTotals SellerTotals(Collective collective, Participant producer, BillingDocuments documents)
    {
        var id = collective.SellerOf(producer.Seller)?.Id ?? InvoiceSellers.UnnamedId;
        var lines = documents.Invoices.SelectMany(i => i.Lines).Where(l => l.SellerId == id).ToList();
        decimal Sum(Func<BillLine, bool> f) => lines.Where(f).Sum(l => l.Amount.Amount);
        return new DocumentSellerTotals(id, documents.Invoices.Count(i => i.Lines.Any(l => l.SellerId == id)),
            Sum(l => l.Code != VatLines.Code), Sum(l => l.Code == RateComponents.Accise), Sum(l => l.Code == VatLines.Code), Sum(_ => true));
    }

    private static DocumentBill Totals(Bill bill) =>
        new(bill.Currency, Lines(bill.Lines), bill.TotalExclTax.Amount, bill.Taxes.Amount, bill.Total.Amount, bill.UsesUnsureRates);

    public static IReadOnlyList<DocumentLine> Lines(IEnumerable<BillLine> lines) => [.. lines.Select(Line)];

    private static DocumentLine Line(BillLine l)
    {
        var dated = l.From is not null && l.To is not null;
        return new DocumentLine
        {
            Code = l.Code,
            Label = l.Label,
            Class = l.PriceClass.Length > 0 ? l.PriceClass : null,
            Quantity = l.Quantity,
            QuantityUnit = l.QuantityUnit,
            Rate = l.Rate,
            RateUnit = l.RateUnit,
            From = dated ? InvoiceJson.Date(l.From!.Value) : null,
            To = dated ? InvoiceJson.Date(l.To!.Value) : null,
            Amount = l.Amount.Amount,
            Tax = l.IsTax,
            Seller = l.SellerId.Length > 0 ? l.SellerId : null,
            NotEstimated = l.NotEstimated ? true : null,
            VatPercent = l.Vat?.Value,
            Reference = l.Source?.Reference,
            Confidence = l.Source?.Confidence,
            Unconfirmed = l.Source?.IsUnsure == true ? true : null,
        };
    }
}
