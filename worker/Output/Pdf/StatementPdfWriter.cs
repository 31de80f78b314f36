using System.Collections.Immutable;
using System.Globalization;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using UglyToad.PdfPig.Core;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// A producer's statement (<c>statement-&lt;id&gt;.pdf</c>), in French: production, energy sold
/// to members (= autoproduced energy) and surplus with its buyer and contract, the lines taken
/// from the members' invoices, and the seller's totals of the period for its declarations
/// (invoiced HT, excise collected, VAT collected, TTC). Members appear under pseudonyms.
/// </summary>
public static class StatementPdfWriter
{
    public static byte[] Write(BillingPeriod period, Collective collective, ParticipantAllocation allocation, Bill statement, BillingDocuments documents)
    {
        using var pdf = new PdfCanvas();
        return Write(pdf, period, collective, allocation, statement, documents);
    }

    /// <summary>The statement drawn on <paramref name="pdf"/>.</summary>
    public static byte[] Write(IPdfCanvas pdf, BillingPeriod period, Collective collective, ParticipantAllocation allocation, Bill statement, BillingDocuments documents)
    {
        var producer = allocation.Participant;
        InvoicePdfWriter.Heading(pdf, "Relevé producteur", period, collective, producer);
        var rate = ParticipantJsonWriter.Rate(allocation.LocalTotal, allocation.MeasuredTotal) * 100m;
        pdf.Paragraph(InvoicePdfWriter.Size, $"Production {DailyTotals.Kwh(allocation.MeasuredTotal)} · vendue aux membres (autoproduite) {DailyTotals.Kwh(allocation.LocalTotal)} · surplus {DailyTotals.Kwh(allocation.GridTotal)} · taux d'autoconsommation {DailyTotals.French(rate, "0.0")} %");
        if (producer.SurplusBuyer is { Length: > 0 } buyer)
        {
            pdf.Paragraph(InvoicePdfWriter.Size, $"Surplus acheté par {buyer}{(producer.SurplusContract is { Length: > 0 } c ? $", contrat {c}" : string.Empty)}");
        }

        var basis = AcciseEligibility.Eligible(producer) ? "installation renouvelable de moins de 1 MW" : "éligibilité au tarif ACC de l'accise non établie";
        pdf.Paragraph(InvoicePdfWriter.Size, $"Accise : {basis} ; interprétation retenue : {(statement.Lines.Any(l => l.Source?.Option == RateComponents.AcciseAccZero) ? "tarif de 0 €/MWh" : "tarif normal")}");
        pdf.Skip(6);
        InvoicePdfWriter.Lines(pdf, statement.Lines);
        pdf.Line(InvoicePdfWriter.Size, (-440, "Énergie vendue HT"), (AmountX, DailyTotals.Eur(Sum(statement, StatementCalculator.SoldCode))));
        pdf.Line(InvoicePdfWriter.Size, (-440, "Accise facturée"), (AmountX, DailyTotals.Eur(Sum(statement, RateComponents.Accise))));
        pdf.Line(InvoicePdfWriter.Size, (-440, "Surplus HT"), (AmountX, DailyTotals.Eur(Sum(statement, StatementCalculator.SurplusCode))));
        SellerTotals(pdf, collective, producer, documents);
        Chart(pdf, period, allocation.Measured, allocation.Local, "Votre production par jour (gris) et la part vendue aux membres (vert)");
        pdf.Skip(4);
        pdf.Paragraph(7, "Les membres sont désignés par un pseudonyme : un document ne contient jamais le PRM ni le nom d'un autre membre.");
        return pdf.Build();
    }

    private const double AmountX = InvoicePdfWriter.AmountX;

    private static Money Sum(Bill bill, string code) => bill.Lines.Where(l => l.Code == code).Aggregate(Money.Zero(bill.Currency), (s, l) => s + l.Amount);

    private static void SellerTotals(IPdfCanvas pdf, Collective collective, Participant producer, BillingDocuments documents)
    {
        var seller = collective.SellerOf(producer.Seller);
        var id = seller?.Id ?? InvoiceSellers.UnnamedId;
        var lines = documents.Invoices.SelectMany(i => i.Lines).Where(l => l.SellerId == id).ToList();
        Money Of(Func<BillLine, bool> f) => lines.Where(f).Aggregate(Money.Zero(collective.Currency), (s, l) => s + l.Amount);
        pdf.Skip(6);
        pdf.Paragraph(9, $"Totaux du vendeur {seller?.LegalName ?? "non déclaré"} pour ses déclarations (toutes ses factures de la période)");
        pdf.Line(InvoicePdfWriter.Size, (-440, "Facturé HT"), (AmountX, DailyTotals.Eur(Of(l => l.Code != VatLines.Code))));
        pdf.Line(InvoicePdfWriter.Size, (-440, "dont accise collectée"), (AmountX, DailyTotals.Eur(Of(l => l.Code == RateComponents.Accise))));
        pdf.Line(InvoicePdfWriter.Size, (-440, seller?.VatRegime == VatRegime.Franchise293B ? "TVA (non applicable, art. 293 B du CGI)" : "TVA collectée"), (AmountX, DailyTotals.Eur(Of(l => l.Code == VatLines.Code))));
        pdf.Line(InvoicePdfWriter.Size, (-440, "Facturé TTC"), (AmountX, DailyTotals.Eur(Of(_ => true))));
    }

    public static void Chart(IPdfCanvas pdf, BillingPeriod period, ImmutableArray<Energy> measured, ImmutableArray<Energy> local, string title)
    {
        const double height = 90;
        var all = DailyTotals.Of(period, measured);
        var part = DailyTotals.Of(period, local);
        pdf.Reserve(height + 40);
        pdf.Skip(8);
        pdf.Line(9, (PdfCanvas.Left, title));
        var max = Math.Max(1L, all.Max(e => e.MilliwattHours));
        var slot = (PdfCanvas.Right - PdfCanvas.Left) / all.Length;
        var baseY = pdf.Y - height;
        for (var d = 0; d < all.Length; d++)
        {
            var x = PdfCanvas.Left + (d * slot);
            Bar(pdf, x, baseY, slot * 0.8, height * all[d].MilliwattHours / max, 190);
            pdf.Page.SetTextAndFillColor(46, 160, 67);
            Bar(pdf, x, baseY, slot * 0.8, height * part[d].MilliwattHours / max, null);
            pdf.Page.ResetColor();
        }

        pdf.Skip(height + 4);
        pdf.Line(6.5, (PdfCanvas.Left, "1"), (-PdfCanvas.Right, all.Length.ToString(CultureInfo.InvariantCulture)), (PdfCanvas.Left + 60, $"max {DailyTotals.Kwh(new Energy(max))} / jour"));
    }

    private static void Bar(IPdfCanvas pdf, double x, double y, double width, double height, byte? grey)
    {
        if (height <= 0)
        {
            return;
        }

        if (grey is { } g)
        {
            pdf.Page.SetTextAndFillColor(g, g, g);
        }

        pdf.Page.DrawRectangle(new PdfPoint(x, y), width, height, 0, true);
        if (grey is not null)
        {
            pdf.Page.ResetColor();
        }
    }
}
