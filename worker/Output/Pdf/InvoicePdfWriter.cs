using System.Globalization;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// The member's PDF (<c>bill-&lt;id&gt;.pdf</c>), in French: each invoice of the period on its own
/// page (number, issue and due dates, seller and buyer identities, lines with quantities and
/// rates, totals HT per VAT rate, VAT, TTC or the 293 B mention, the mandatory mentions, the
/// regulated rates with their legal reference), then the estimate of the supplier's bill and the
/// saving, and a daily chart of the member's energy. Only the member's own PRM and name.
/// </summary>
public static class InvoicePdfWriter
{
    public const double Size = 8.5;
    public const double QuantityX = -330;
    public const double RateX = -440;
    public const double AmountX = -553;

    public static byte[] WriteStatement(BillingPeriod period, Collective collective, ParticipantAllocation allocation, Bill statement, BillingDocuments documents) =>
        StatementPdfWriter.Write(period, collective, allocation, statement, documents);

    public static byte[] WriteBill(BillingPeriod period, Collective collective, ParticipantAllocation allocation, BillingDocuments documents)
    {
        using var pdf = new PdfCanvas();
        return WriteBill(pdf, period, collective, allocation, documents);
    }

    /// <summary>The member's PDF drawn on <paramref name="pdf"/>.</summary>
    public static byte[] WriteBill(IPdfCanvas pdf, BillingPeriod period, Collective collective, ParticipantAllocation allocation, BillingDocuments documents)
    {
        var prm = allocation.Participant.Prm;
        var invoices = documents.InvoicesOf(prm);
        for (var i = 0; i < invoices.Length; i++)
        {
            if (i > 0)
            {
                pdf.NewPage();
            }

            InvoicePage(pdf, period, collective, allocation, invoices[i]);
        }

        if (invoices.IsEmpty)
        {
            Heading(pdf, "Relevé de participation (aucune facture ce mois)", period, collective, allocation.Participant);
        }

        if (documents.EstimateOf(prm) is { } estimate)
        {
            pdf.NewPage();
            EstimatePage(pdf, period, collective, allocation, estimate);
        }

        return pdf.Build();
    }

    /// <summary>One invoice alone, as a Factur-X PDF/A-3 carrying its CII XML (<see cref="FacturX.InvoiceFiles"/> names it).</summary>
    public static byte[] WriteInvoice(BillingPeriod period, Collective collective, ParticipantAllocation allocation, Invoice invoice, byte[] xml, string title = "Facture", string? note = null)
    {
        using var pdf = new PdfCanvas();
        return WriteInvoice(pdf, period, collective, allocation, invoice, xml, title, note);
    }

    /// <summary>One invoice's Factur-X PDF drawn on <paramref name="pdf"/>.</summary>
    public static byte[] WriteInvoice(IPdfCanvas pdf, BillingPeriod period, Collective collective, ParticipantAllocation allocation, Invoice invoice, byte[] xml, string title = "Facture", string? note = null)
    {
        InvoicePage(pdf, period, collective, allocation, invoice, title, note);
        return pdf.BuildFacturX(xml, invoice.IssueDate, $"{title} {invoice.Number}");
    }

    private static void InvoicePage(IPdfCanvas pdf, BillingPeriod period, Collective collective, ParticipantAllocation allocation, Invoice invoice, string title = "Facture", string? note = null)
    {
        pdf.Line(16, (PdfCanvas.Left, $"{title} n° {invoice.Number}"));
        if (note is not null)
        {
            pdf.Paragraph(9, note);
        }

        pdf.Line(9, (PdfCanvas.Left, $"Date d'émission : {PdfFormat.Date(invoice.IssueDate)} · date d'échéance : {PdfFormat.Date(invoice.DueDate)}"),
            (-PdfCanvas.Right, $"Période de livraison : {PdfFormat.Date(period.Month.OnDayOfMonth(1))} – {PdfFormat.Date(period.Month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1))}"));
        pdf.Skip(4);
        pdf.Line(9, (PdfCanvas.Left, invoice.UnderMandate ? "Émetteur (mandataire de facturation)" : "Vendeur"), (300, "Client"));
        var buyer = invoice.Buyer;
        var left = SellerLines(invoice.Issuer);
        var right = new List<string> { buyer.Name, buyer.BillingAddress ?? "adresse de facturation non renseignée", $"PRM {buyer.Prm.Value}" };
        if (buyer.Siret is { } siret)
        {
            right.Add($"SIRET {siret}");
        }

        for (var r = 0; r < Math.Max(left.Count, right.Count); r++)
        {
            pdf.Line(Size, (PdfCanvas.Left, r < left.Count ? PdfFormat.Truncate(left[r], 50) : string.Empty), (300, r < right.Count ? PdfFormat.Truncate(right[r], 50) : string.Empty));
        }

        pdf.Paragraph(Size, $"Opération d'autoconsommation collective {collective.Name} ({collective.OperationId})");
        pdf.Rule();
        pdf.Skip(4);
        foreach (var seller in invoice.Sellers)
        {
            if (invoice.UnderMandate)
            {
                pdf.Line(9, (PdfCanvas.Left, $"Ventes de {seller.LegalName}"));
                foreach (var line in SellerLines(seller).Skip(1))
                {
                    pdf.Line(7, (PdfCanvas.Left, line));
                }
            }

            Lines(pdf, invoice.Lines.Where(l => l.SellerId == seller.Id));
        }

        Totals(pdf, invoice);
        pdf.Skip(6);
        foreach (var mention in invoice.Mentions)
        {
            pdf.Paragraph(7, mention);
        }

        References(pdf, invoice.Lines);
    }

    private static List<string> SellerLines(Seller s)
    {
        var lines = new List<string> { s.LegalName.Length > 0 ? s.LegalName : "vendeur non déclaré", s.Address.Length > 0 ? s.Address : "adresse non renseignée" };
        lines.Add(s.Siret.Length > 0 ? $"SIREN {s.Siren} · SIRET {s.Siret}" : "SIREN/SIRET non renseigné");
        lines.Add(s.VatRegime == VatRegime.Franchise293B ? InvoiceMentions.Franchise : $"N° TVA intracommunautaire {s.VatNumber ?? "non renseigné"}");
        return lines;
    }

    public static void Lines(IPdfCanvas pdf, IEnumerable<BillLine> lines)
    {
        pdf.Line(Size, (PdfCanvas.Left, "Désignation"), (QuantityX, "Quantité"), (RateX, "Prix unitaire"), (AmountX, "Montant"));
        pdf.Rule();
        foreach (var l in lines)
        {
            var label = l.Label + (l.IsUnsure ? " *" : string.Empty);
            pdf.Line(Size, (PdfCanvas.Left, PdfFormat.Truncate(label, 60)), (QuantityX, PdfFormat.Quantity(l)), (RateX, PdfFormat.Rate(l)), (AmountX, PdfFormat.Amount(l)));
        }

        pdf.Rule();
    }

    private static void Totals(IPdfCanvas pdf, Invoice invoice)
    {
        pdf.Line(Size, (-440, "Total HT (énergie, abonnement, accise)"), (AmountX, DailyTotals.Eur(invoice.TotalHt)));
        pdf.Line(Size, (-440, "dont accise sur l'électricité"), (AmountX, DailyTotals.Eur(invoice.Excise)));
        foreach (var vat in invoice.Lines.Where(l => l.Code == VatLines.Code))
        {
            pdf.Line(Size, (-440, $"TVA {DailyTotals.French(vat.Rate, "0.##")} % sur {DailyTotals.French(vat.Quantity, "0.00")} € HT"), (AmountX, DailyTotals.Eur(vat.Amount)));
        }

        pdf.Line(10, (-440, invoice.WithoutVat ? "Total à payer (TVA non applicable)" : "Total à payer TTC"), (AmountX, DailyTotals.Eur(invoice.TotalTtc)));
    }

    public static void References(IPdfCanvas pdf, IEnumerable<BillLine> lines)
    {
        var sources = lines.Select(l => l.Source).Concat(lines.Select(l => l.Vat)).OfType<RateEntry>().Distinct().ToList();
        if (sources.Count == 0)
        {
            return;
        }

        pdf.Skip(6);
        pdf.Line(9, (PdfCanvas.Left, "Taux réglementés utilisés et références"));
        foreach (var source in sources)
        {
            var flag = source.IsUnsure ? " — * " : " — ";
            pdf.Paragraph(6.5, string.Create(CultureInfo.InvariantCulture,
                $"{PdfFormat.Component(source)} {DailyTotals.French(source.Value, "0.00##")} {PdfFormat.Unit(source.Unit)} (en vigueur depuis le {PdfFormat.Date(source.From)}) : {source.Reference}{flag}{source.ConfidenceFrench}"));
        }
    }

    private static void EstimatePage(IPdfCanvas pdf, BillingPeriod period, Collective collective, ParticipantAllocation allocation, SupplierEstimate estimate)
    {
        Heading(pdf, "Estimation de votre facture fournisseur et de votre économie", period, collective, allocation.Participant);
        pdf.Line(Size, (PdfCanvas.Left, $"Consommation {DailyTotals.Kwh(allocation.MeasuredTotal)} · dont locale {DailyTotals.Kwh(allocation.LocalTotal)} · complément réseau {DailyTotals.Kwh(allocation.GridTotal)}"));
        var offer = MemberOffer.Of(allocation.Participant, collective);
        pdf.Paragraph(Size, $"Offre de votre fournisseur : {offer?.Name} ({(offer?.IsAllIn == true ? "prix TTC tout compris" : "prix de l'énergie HT")})");
        pdf.Skip(6);
        pdf.Line(10, (PdfCanvas.Left, "Avec l'opération : facture estimée de votre fournisseur"));
        Lines(pdf, estimate.WithCollective.Lines);
        pdf.Line(Size, (-440, "Estimation fournisseur (TTC)"), (AmountX, DailyTotals.Eur(estimate.WithCollective.Total)));
        pdf.Skip(6);
        pdf.Line(10, (PdfCanvas.Left, "Sans l'opération : la même offre sur toute la consommation"));
        Lines(pdf, estimate.WithoutCollective.Lines);
        pdf.Skip(4);
        pdf.Line(Size, (PdfCanvas.Left, "Avec l'opération : factures locales + fournisseur (TTC)"), (AmountX, DailyTotals.Eur(estimate.Local + estimate.WithCollective.Total)));
        pdf.Line(Size, (PdfCanvas.Left, "Sans l'opération (TTC)"), (AmountX, DailyTotals.Eur(estimate.WithoutCollective.Total)));
        var saving = estimate.Saving;
        pdf.Line(10, (PdfCanvas.Left, saving.Amount >= 0 ? "Économie grâce à l'opération" : "Surcoût de l'opération ce mois (économie négative)"), (AmountX, DailyTotals.Eur(saving)));
        if (!estimate.Complete)
        {
            pdf.Paragraph(7, "Estimation partielle : une ligne est « non estimée » faute d'une donnée du compteur (option tarifaire d'acheminement ou heures creuses) ; l'économie n'en tient pas compte.");
        }

        StatementPdfWriter.Chart(pdf, period, allocation.Measured, allocation.Local, "Votre consommation par jour (gris) et la part fournie localement (vert)");
        References(pdf, estimate.WithCollective.Lines.Concat(estimate.WithoutCollective.Lines));
    }

    public static void Heading(IPdfCanvas pdf, string title, BillingPeriod period, Collective collective, Participant participant)
    {
        pdf.Line(14, (PdfCanvas.Left, title));
        pdf.Line(9, (PdfCanvas.Left, $"{collective.Name} · opération {collective.OperationId}"), (-PdfCanvas.Right, $"Période {period.Name}"));
        pdf.Line(9, (PdfCanvas.Left, participant.Name), (-PdfCanvas.Right, $"PRM {participant.Prm.Value}"));
        pdf.Rule();
    }
}
