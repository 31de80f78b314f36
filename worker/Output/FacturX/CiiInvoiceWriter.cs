using System.Globalization;
using System.Text.RegularExpressions;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output.FacturX;

/// <summary>
/// The EN 16931 invoice of a local invoice as UN/CEFACT CII XML (Factur-X profile EN 16931,
/// guideline <c>urn:cen.eu:en16931:2017</c>): number, type (380 invoice, 381 credit note with the
/// reference of the invoice it cancels), issue date, the mandatory mentions as notes, one line per
/// energy, excise and fee line (quantity, net unit price, VAT category and rate, line period),
/// seller and buyer, the delivery point (PRM), the delivery period, payment means and terms with the
/// due date, the VAT breakdown (<see cref="CiiTax"/>) and the totals. Amounts are the invoice's
/// rounded lines, never recomputed: Σ lines = net total, TTC = HT + VAT.
/// </summary>
public static partial class CiiInvoiceWriter
{
    public const string Guideline = "urn:cen.eu:en16931:2017";
    public const string InvoiceType = "380";
    public const string CreditNoteType = "381";

    /// <summary>The invoice a credit note cancels: its number and issue date (BT-25, BT-26).</summary>
    public sealed record Preceding(string Number, NodaTime.LocalDate IssueDate, string Reason)
    {
        /// <summary>The mention printed on the credit note (XML note and PDF).</summary>
        public string Mention(string creditNote) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Avoir n° {creditNote} annulant la facture n° {Number} du {IssueDate:dd/MM/yyyy}. Motif : {Reason}.");
    }

    public static byte[] Write(Invoice invoice, Collective collective, BillingPeriod period, string typeCode = InvoiceType, Preceding? preceding = null)
    {
        using var xml = new CiiXml();
        xml.OpenRsm("ExchangedDocumentContext");
        xml.Open("GuidelineSpecifiedDocumentContextParameter");
        xml.Text("ID", Guideline);
        xml.Close();
        xml.Close();
        xml.OpenRsm("ExchangedDocument");
        xml.Text("ID", invoice.Number);
        xml.Text("TypeCode", typeCode);
        xml.Date("IssueDateTime", invoice.IssueDate);
        if (preceding is not null)
        {
            Note(xml, preceding.Mention(invoice.Number));
        }

        Note(xml, $"Opération d'autoconsommation collective {collective.Name} ({collective.OperationId}).");
        foreach (var mention in invoice.Mentions)
        {
            Note(xml, mention);
        }

        xml.Close();
        xml.OpenRsm("SupplyChainTradeTransaction");
        var items = CiiTax.Items(invoice);
        for (var i = 0; i < items.Length; i++)
        {
            Line(xml, invoice, items[i], i + 1);
        }

        xml.Open("ApplicableHeaderTradeAgreement");
        CiiParties.Seller(xml, invoice.Issuer);
        CiiParties.Buyer(xml, invoice.Buyer);
        xml.Open("ContractReferencedDocument");
        xml.Text("IssuerAssignedID", collective.OperationId);
        xml.Close();
        xml.Close();
        xml.Open("ApplicableHeaderTradeDelivery");
        CiiParties.ShipTo(xml, invoice.Buyer);
        xml.Close();
        Settlement(xml, invoice, collective, period, preceding);
        xml.Close();
        return xml.ToBytes();
    }

    private static void Note(CiiXml xml, string text)
    {
        xml.Open("IncludedNote");
        xml.Text("Content", text);
        xml.Close();
    }

    private static void Line(CiiXml xml, Invoice invoice, BillLine line, int number)
    {
        var (quantity, unit, price, suffix) = QuantityOf(line);
        xml.Open("IncludedSupplyChainTradeLineItem");
        xml.Open("AssociatedDocumentLineDocument");
        xml.Text("LineID", number.ToString(CultureInfo.InvariantCulture));
        xml.Close();
        xml.Open("SpecifiedTradeProduct");
        xml.Text("SellerAssignedID", line.Code);
        xml.Text("Name", line.Label + suffix);
        xml.Close();
        xml.Open("SpecifiedLineTradeAgreement");
        xml.Open("NetPriceProductTradePrice");
        xml.Number("ChargeAmount", price);
        xml.Close();
        xml.Close();
        xml.Open("SpecifiedLineTradeDelivery");
        xml.Number("BilledQuantity", quantity, unit);
        xml.Close();
        xml.Open("SpecifiedLineTradeSettlement");
        var (category, rate) = CiiTax.CategoryOf(line, invoice);
        xml.Open("ApplicableTradeTax");
        xml.Text("TypeCode", "VAT");
        xml.Text("CategoryCode", category);
        xml.Number("RateApplicablePercent", rate);
        xml.Close();
        if (line.From is { } from && line.To is { } to)
        {
            xml.Open("BillingSpecifiedPeriod");
            xml.Date("StartDateTime", from);
            xml.Date("EndDateTime", to);
            xml.Close();
        }

        xml.Open("SpecifiedTradeSettlementLineMonetarySummation");
        xml.Amount("LineTotalAmount", line.Amount.Amount);
        xml.Close();
        xml.Close();
        xml.Close();
    }

    /// <summary>
    /// Energy and excise lines: kWh (<c>KWH</c>) at the price per kWh. Any other line (the
    /// prorated monthly fee) is one unit (<c>C62</c>) at its rounded amount, the proration in its name.
    /// </summary>
    private static (decimal Quantity, string Unit, decimal Price, string Suffix) QuantityOf(BillLine line)
    {
        if (line.Price is { } price && line.QuantityUnit == "kWh")
        {
            return (line.Quantity, "KWH", price.AmountPerKwh, string.Empty);
        }

        var suffix = line.QuantityUnit == "day"
            ? string.Create(CultureInfo.InvariantCulture, $" : {line.Quantity:0} j à {line.Rate:0.00} €/mois")
            : string.Empty;
        return (1m, "C62", line.Amount.Amount, suffix);
    }

    private static void Settlement(CiiXml xml, Invoice invoice, Collective collective, BillingPeriod period, Preceding? preceding)
    {
        xml.Open("ApplicableHeaderTradeSettlement");
        xml.Text("InvoiceCurrencyCode", invoice.Currency);
        if (Iban(invoice.Issuer.Payment) is { } iban)
        {
            xml.Open("SpecifiedTradeSettlementPaymentMeans");
            xml.Text("TypeCode", "58");
            xml.Text("Information", "Virement SEPA");
            xml.Open("PayeePartyCreditorFinancialAccount");
            xml.Text("IBANID", iban);
            xml.Close();
            xml.Close();
        }

        foreach (var b in CiiTax.Of(invoice))
        {
            xml.Open("ApplicableTradeTax");
            xml.Amount("CalculatedAmount", b.TaxAmount);
            xml.Text("TypeCode", "VAT");
            if (b.Category == CiiTax.Exempt)
            {
                xml.Text("ExemptionReason", InvoiceMentions.Franchise);
            }

            xml.Amount("BasisAmount", b.BasisAmount);
            xml.Text("CategoryCode", b.Category);
            if (b.Category == CiiTax.Exempt)
            {
                xml.Text("ExemptionReasonCode", CiiTax.FranchiseCode);
            }

            xml.Number("RateApplicablePercent", b.RatePercent);
            xml.Close();
        }

        xml.Open("BillingSpecifiedPeriod");
        xml.Date("StartDateTime", period.Month.OnDayOfMonth(1));
        xml.Date("EndDateTime", period.Month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1));
        xml.Close();
        xml.Open("SpecifiedTradePaymentTerms");
        xml.Text("Description", string.Create(CultureInfo.InvariantCulture,
            $"Paiement à {collective.Invoicing.PaymentTermDays} jours de la date d'émission. Pas d'escompte pour paiement anticipé."));
        xml.Date("DueDateDateTime", invoice.DueDate);
        xml.Close();
        Totals(xml, invoice);
        if (preceding is not null)
        {
            xml.Open("InvoiceReferencedDocument");
            xml.Text("IssuerAssignedID", preceding.Number);
            xml.QualifiedDate("FormattedIssueDateTime", preceding.IssueDate);
            xml.Close();
        }

        xml.Close();
    }

    private static void Totals(CiiXml xml, Invoice invoice)
    {
        xml.Open("SpecifiedTradeSettlementHeaderMonetarySummation");
        xml.Amount("LineTotalAmount", invoice.TotalHt.Amount);
        xml.Amount("TaxBasisTotalAmount", invoice.TotalHt.Amount);
        xml.Text("TaxTotalAmount", invoice.Vat.Amount.ToString("0.00", CultureInfo.InvariantCulture), "currencyID", invoice.Currency);
        xml.Amount("GrandTotalAmount", invoice.TotalTtc.Amount);
        xml.Amount("DuePayableAmount", invoice.TotalTtc.Amount);
        xml.Close();
    }

    /// <summary>The IBAN in a seller's payment text ("virement sur IBAN FR76 1027 …"), without spaces; null when there is none.</summary>
    public static string? Iban(string? payment)
    {
        var match = payment is null ? Match.Empty : IbanText().Match(payment);
        return match.Success ? match.Groups["iban"].Value.Replace(" ", string.Empty, StringComparison.Ordinal) : null;
    }

    [GeneratedRegex(@"IBAN\s*:?\s*(?<iban>[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IbanText();
}
