using System.Collections.Immutable;
using System.Globalization;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using UglyToad.PdfPig.Core;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// The PDF invoice of a consumer (<c>bill-&lt;prm&gt;.pdf</c>) and statement of a producer
/// (<c>statement-&lt;prm&gt;.pdf</c>), in French: collective, period, PRM, lines with quantities,
/// rates and legal references (rates graded unsure are marked), totals, the supplier estimate
/// and saving, and a daily chart of the participant's own energy. Only its own PRM and name.
/// </summary>
public static class InvoicePdfWriter
{
    private const double Size = 8.5;
    private const double QuantityX = -330;
    private const double RateX = -440;
    private const double AmountX = -553;

    public static string BillName(Prm prm) => $"bill-{prm.Value}.pdf";

    public static string StatementName(Prm prm) => $"statement-{prm.Value}.pdf";

    public static byte[] WriteBill(BillingPeriod period, Collective collective, ParticipantAllocation allocation, BillingDocuments documents)
    {
        using var pdf = new PdfCanvas();
        var prm = allocation.Participant.Prm;
        Heading(pdf, "Facture d'énergie locale", period, collective, allocation.Participant);
        pdf.Line(Size, (PdfCanvas.Left, $"Consommation {DailyTotals.Kwh(allocation.MeasuredTotal)} · dont locale {DailyTotals.Kwh(allocation.LocalTotal)} · complément réseau {DailyTotals.Kwh(allocation.GridTotal)}"));
        pdf.Skip(6);
        var invoice = documents.LocalInvoiceOf(prm)!;
        Lines(pdf, invoice);
        Totals(pdf, invoice, "Total à payer TTC");
        if (documents.EstimateOf(prm) is { } estimate)
        {
            pdf.Skip(8);
            pdf.Line(10, (PdfCanvas.Left, "Estimation de la facture de votre fournisseur (complément, réseau, taxes)"));
            Lines(pdf, estimate.WithCollective);
            Totals(pdf, estimate.WithCollective, "Estimation fournisseur TTC");
            pdf.Skip(4);
            pdf.Line(Size, (PdfCanvas.Left, "Sans l'opération, tout acheté au fournisseur (estimation TTC)"), (AmountX, DailyTotals.Eur(estimate.WithoutCollective.Total)));
            pdf.Line(Size, (PdfCanvas.Left, "Économie réalisée grâce à l'autoconsommation collective"), (AmountX, DailyTotals.Eur(documents.SavingOf(prm)!.Value)));
        }

        Chart(pdf, period, allocation.Measured, allocation.Local, "Votre consommation par jour (gris) et la part fournie localement (vert)");
        References(pdf, invoice.Lines.Concat(documents.EstimateOf(prm)?.WithCollective.Lines ?? []));
        return pdf.Build();
    }

    public static byte[] WriteStatement(BillingPeriod period, Collective collective, ParticipantAllocation allocation, Bill statement)
    {
        using var pdf = new PdfCanvas();
        Heading(pdf, "Relevé producteur", period, collective, allocation.Participant);
        var rate = ParticipantJsonWriter.Rate(allocation.LocalTotal, allocation.MeasuredTotal) * 100m;
        pdf.Line(Size, (PdfCanvas.Left, $"Production {DailyTotals.Kwh(allocation.MeasuredTotal)} · vendue aux membres {DailyTotals.Kwh(allocation.LocalTotal)} · surplus {DailyTotals.Kwh(allocation.GridTotal)} · taux d'autoconsommation {DailyTotals.French(rate, "0.0")} %"));
        pdf.Skip(6);
        Lines(pdf, statement);
        Totals(pdf, statement, "Total du relevé HT");
        Chart(pdf, period, allocation.Measured, allocation.Local, "Votre production par jour (gris) et la part vendue aux membres (vert)");
        pdf.Skip(4);
        pdf.Paragraph(7, "Les membres sont désignés par un pseudonyme : un document ne contient jamais le PRM ni le nom d'un autre membre.");
        return pdf.Build();
    }

    private static void Heading(PdfCanvas pdf, string title, BillingPeriod period, Collective collective, Participant participant)
    {
        pdf.Line(16, (PdfCanvas.Left, title));
        pdf.Line(9, (PdfCanvas.Left, $"{collective.Name} · opération {collective.OperationId}"), (-PdfCanvas.Right, $"Période {period.Name}"));
        pdf.Line(9, (PdfCanvas.Left, participant.Name), (-PdfCanvas.Right, $"PRM {participant.Prm.Value}"));
        pdf.Rule();
    }

    private static void Lines(PdfCanvas pdf, Bill bill)
    {
        pdf.Line(Size, (PdfCanvas.Left, "Ligne"), (QuantityX, "Quantité"), (RateX, "Taux"), (AmountX, "Montant"));
        pdf.Rule();
        foreach (var l in bill.Lines)
        {
            var label = l.Label + (l.IsUnsure ? " *" : string.Empty);
            pdf.Line(Size, (PdfCanvas.Left, Truncate(label, 58)), (QuantityX, Quantity(l)), (RateX, Rate(l)), (AmountX, DailyTotals.Eur(l.Amount)));
        }

        pdf.Rule();
    }

    private static void Totals(PdfCanvas pdf, Bill bill, string totalLabel)
    {
        pdf.Line(Size, (-440, "Total HT"), (AmountX, DailyTotals.Eur(bill.TotalExclTax)));
        pdf.Line(Size, (-440, "Taxes (accise, TVA)"), (AmountX, DailyTotals.Eur(bill.Taxes)));
        pdf.Line(10, (-440, totalLabel), (AmountX, DailyTotals.Eur(bill.Total)));
    }

    private static void References(PdfCanvas pdf, IEnumerable<BillLine> lines)
    {
        pdf.Skip(6);
        pdf.Line(9, (PdfCanvas.Left, "Taux réglementés utilisés et références"));
        foreach (var source in lines.Select(l => l.Source).OfType<RateEntry>().Distinct())
        {
            var flag = source.IsUnsure ? " — * valeur incertaine (à confirmer)" : $" — {source.Confidence}";
            pdf.Paragraph(6.5, $"{source.Component} {source.Option} {source.TimeClass} {source.Value.ToString(CultureInfo.InvariantCulture)} {source.Unit} (depuis le {source.From:dd/MM/yyyy}) : {source.Reference}{flag}");
        }
    }

    private static void Chart(PdfCanvas pdf, BillingPeriod period, ImmutableArray<Energy> measured, ImmutableArray<Energy> local, string title)
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

    private static void Bar(PdfCanvas pdf, double x, double y, double width, double height, byte? grey)
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

    private static string Quantity(BillLine l) => l.QuantityUnit switch
    {
        "kWh" => DailyTotals.French(l.Quantity, "0.000") + " kWh",
        "day" => DailyTotals.French(l.Quantity, "0") + " j",
        _ => DailyTotals.French(l.Quantity, "0.00") + " €",
    };

    private static string Rate(BillLine l) => DailyTotals.French(l.Rate, "0.00####") + " " + l.RateUnit.Replace("EUR", "€", StringComparison.Ordinal).Replace("percent", "%", StringComparison.Ordinal);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
