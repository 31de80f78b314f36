using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Daisee.Billing.Worker.Tests.Output;
using Daisee.Billing.Worker.Tests.Support;
using static Daisee.Billing.Worker.Tests.Support.FacturXSchema;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>
/// The Factur-X invoices of the Villeurbanne sample (June 2026, per seller): every CII XML validates
/// against the official XSDs and the EN 16931 sum rules, its totals equal the bill JSON, the PDF and
/// summary.json to the cent, the 293 B seller's invoices carry category E with the exemption reason,
/// and each PDF carries the same XML as factur-x.xml (pdfdetach) with the profile in its XMP (pdfinfo).
/// </summary>
public sealed class FacturXTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> June = new(() =>
    {
        var outcome = Entries.Bill(RepositoryRoot.Combine("samples", "villeurbanne"), "2026-06");
        Assert.That(outcome.ErrorMessage, Is.Null);
        return outcome.Files;
    });

    private static IEnumerable<KeyValuePair<string, byte[]>> InvoiceXml =>
        June.Value.Where(f => f.Key.EndsWith(".xml", StringComparison.Ordinal));

    [Test]
    public void Bill_SampleJune_OneXmlAndPdfPerInvoiceOfEveryBill()
    {
        var numbers = June.Value.Where(f => f.Key.StartsWith("bill-", StringComparison.Ordinal) && f.Key.EndsWith(".json", StringComparison.Ordinal))
            .SelectMany(f => Json(f.Value).RootElement.GetProperty("invoices").EnumerateArray().Select(i => i.GetProperty("number").GetString()!)).Order().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(numbers, Has.Count.EqualTo(32), "16 consumers × 2 sellers (the PMO sells no fee in the sample)");
            Assert.That(InvoiceXml.Select(f => f.Key[..^4]).Order(), Is.EqualTo(numbers));
            Assert.That(numbers.Select(n => June.Value.ContainsKey(n + ".pdf")), Is.All.True);
        });
    }

    [Test]
    public void Write_SampleJune_EveryXmlValidatesAgainstTheFacturXSchemas()
    {
        Assert.That(InvoiceXml, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var (name, xml) in InvoiceXml)
            {
                Assert.That(FacturXSchema.Errors(xml), Is.Empty, name);
                Assert.That(Parse(xml).Descendants(R("ID")).First().Value, Is.EqualTo("urn:cen.eu:en16931:2017"), name);
            }
        });
    }

    [Test]
    public void Errors_InvoiceWithoutSeller_IsRejectedBySchema()
    {
        var doc = Parse(June.Value["TG-202606-0001.xml"]);
        doc.Descendants(R("SellerTradeParty")).Single().Remove();
        using var stream = new MemoryStream();
        doc.Save(stream);
        Assert.That(FacturXSchema.Errors(stream.ToArray()), Has.Some.Contains("BuyerTradeParty"));
    }

    [Test]
    public void Write_SampleJune_SumsFollowTheEn16931RulesAndEqualTheBillJson()
    {
        var invoices = June.Value.Where(f => f.Key.StartsWith("bill-", StringComparison.Ordinal) && f.Key.EndsWith(".json", StringComparison.Ordinal))
            .SelectMany(f => Json(f.Value).RootElement.GetProperty("invoices").EnumerateArray().Select(i => i.Clone()))
            .ToDictionary(i => i.GetProperty("number").GetString()!, StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            foreach (var (name, xml) in InvoiceXml)
            {
                var doc = Parse(xml);
                var totals = doc.Descendants(R("SpecifiedTradeSettlementHeaderMonetarySummation")).Single();
                decimal Total(string element) => Dec(totals.Element(R(element))!);
                var lines = doc.Descendants(R("SpecifiedTradeSettlementLineMonetarySummation")).Sum(e => Dec(e.Element(R("LineTotalAmount"))!));
                var breakdown = doc.Descendants(R("ApplicableHeaderTradeSettlement")).Single().Elements(R("ApplicableTradeTax")).ToList();
                Assert.That(lines, Is.EqualTo(Total("LineTotalAmount")), $"{name} BR-CO-10: Σ lines = net total");
                Assert.That(breakdown.Sum(b => Dec(b.Element(R("BasisAmount"))!)), Is.EqualTo(Total("TaxBasisTotalAmount")), $"{name}: Σ VAT bases = tax basis");
                Assert.That(breakdown.Sum(b => Dec(b.Element(R("CalculatedAmount"))!)), Is.EqualTo(Total("TaxTotalAmount")), $"{name} BR-CO-14: Σ VAT = VAT total");
                foreach (var b in breakdown)
                {
                    var expected = Math.Round(Dec(b.Element(R("BasisAmount"))!) * Dec(b.Element(R("RateApplicablePercent"))!) / 100m, 2, MidpointRounding.AwayFromZero);
                    Assert.That(Dec(b.Element(R("CalculatedAmount"))!), Is.EqualTo(expected), $"{name} BR-CO-17: VAT = base × rate");
                }

                Assert.That(Total("GrandTotalAmount"), Is.EqualTo(Total("TaxBasisTotalAmount") + Total("TaxTotalAmount")), $"{name} BR-CO-15: TTC = HT + VAT");
                Assert.That(Total("DuePayableAmount"), Is.EqualTo(Total("GrandTotalAmount")), name);
                var json = invoices[name[..^4]];
                Assert.That(Total("TaxBasisTotalAmount"), Is.EqualTo(json.GetProperty("totalHtEur").GetDecimal()), $"{name}: HT = bill JSON");
                Assert.That(Total("TaxTotalAmount"), Is.EqualTo(json.GetProperty("vatEur").GetDecimal()), $"{name}: VAT = bill JSON");
                Assert.That(Total("GrandTotalAmount"), Is.EqualTo(json.GetProperty("totalTtcEur").GetDecimal()), $"{name}: TTC = bill JSON");
                Assert.That(doc.Descendants(R("DueDateDateTime")).Single().Value, Is.EqualTo(json.GetProperty("dueDate").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal)), name);
            }
        });
    }

    [Test]
    public void Write_SampleJune_MemberTotalsEqualSummaryJson()
    {
        var byBuyer = InvoiceXml.Select(f => Parse(f.Value)).GroupBy(d => d.Descendants(R("ShipToTradeParty")).Single().Element(R("ID"))!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(d => Dec(d.Descendants(R("GrandTotalAmount")).Single())));
        var consumers = Json(June.Value["summary.json"]).RootElement.GetProperty("participants").EnumerateArray()
            .Where(p => p.GetProperty("role").GetString() == "consumer").ToList();
        Assert.That(consumers, Has.Count.EqualTo(16));
        Assert.Multiple(() =>
        {
            foreach (var p in consumers)
            {
                var id = p.GetProperty("id").GetString()!;
                Assert.That(byBuyer[id], Is.EqualTo(p.GetProperty("bill").GetProperty("totalEur").GetDecimal()), id);
            }
        });
    }

    [Test]
    public void Write_FranchiseSeller_VatCategoryExemptWithReasonAndNoVat()
    {
        var tse = InvoiceXml.Where(f => f.Key.StartsWith("TSE-", StringComparison.Ordinal)).Select(f => Parse(f.Value)).ToList();
        Assert.That(tse, Has.Count.EqualTo(16));
        Assert.Multiple(() =>
        {
            foreach (var doc in tse)
            {
                var breakdown = doc.Descendants(R("ApplicableHeaderTradeSettlement")).Single().Elements(R("ApplicableTradeTax")).Single();
                Assert.That(breakdown.Element(R("CategoryCode"))!.Value, Is.EqualTo("E"));
                Assert.That(breakdown.Element(R("ExemptionReason"))!.Value, Is.EqualTo("TVA non applicable, art. 293 B du CGI"));
                Assert.That(breakdown.Element(R("ExemptionReasonCode"))!.Value, Is.EqualTo("VATEX-FR-FRANCHISE"));
                Assert.That(Dec(breakdown.Element(R("CalculatedAmount"))!), Is.Zero);
                Assert.That(doc.Descendants(R("CategoryCode")).Select(c => c.Value), Is.All.EqualTo("E"));
                Assert.That(doc.Descendants(R("SpecifiedTaxRegistration")).Select(t => t.Element(R("ID"))!.Attribute("schemeID")!.Value), Is.EqualTo(new[] { "FC" }));
            }
        });
    }

    [Test]
    public void Write_SampleJune_FirstInvoiceByHand()
    {
        // TSE-202606-0001: the school roof's 206.527644 kWh to PRM …011 at 0.145 €/kWh HP (29.9465 → 29.95)
        // and the excise at 30.85 €/MWh (6.3714 → 6.37); franchise: no VAT, 36.32 € to pay.
        var doc = Parse(June.Value["TSE-202606-0001.xml"]);
        var amounts = doc.Descendants(R("SpecifiedTradeSettlementLineMonetarySummation")).Select(e => Dec(e.Element(R("LineTotalAmount"))!));
        Assert.Multiple(() =>
        {
            Assert.That(doc.Descendants(R("BilledQuantity")).Select(Dec), Is.EqualTo(new[] { 206.527644m, 206.527644m }));
            Assert.That(doc.Descendants(R("ChargeAmount")).Select(Dec), Is.EqualTo(new[] { 0.145m, 0.03085m }));
            Assert.That(amounts, Is.EqualTo(new[] { 29.95m, 6.37m }));
            Assert.That(Dec(doc.Descendants(R("GrandTotalAmount")).Single()), Is.EqualTo(36.32m));
            Assert.That(doc.Descendants(R("IBANID")).Single().Value, Is.EqualTo("FR7610057190120001045670123"));
            Assert.That(doc.Descendants(R("SellerTradeParty")).Single().Descendants(R("PostcodeCode")).Single().Value, Is.EqualTo("69100"));
        });
    }

    [Test]
    public void WriteInvoice_SampleJune_PdfCarriesTheXmlAsFacturXAndNamesTheProfile()
    {
        using var temp = new TempFolder();
        Assert.Multiple(() =>
        {
            foreach (var number in new[] { "TG-202606-0001", "TSE-202606-0016" })
            {
                var pdf = temp.Combine(number + ".pdf");
                File.WriteAllBytes(pdf, June.Value[number + ".pdf"]);
                Assert.That(ExternalTool.Run("pdfdetach", "-list", pdf), Does.Contain("1: factur-x.xml"));
                var saved = temp.Combine(number + "-fx.xml");
                ExternalTool.Run("pdfdetach", "-save", "1", "-o", saved, pdf);
                Assert.That(File.ReadAllBytes(saved), Is.EqualTo(June.Value[number + ".xml"]));
                var meta = ExternalTool.Run("pdfinfo", "-meta", pdf);
                Assert.That(meta, Does.Contain("<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>"));
                Assert.That(meta, Does.Contain("<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>"));
                Assert.That(meta, Does.Contain("<pdfaid:part>3</pdfaid:part>"));
                var text = ExternalTool.Run("pdftotext", "-layout", pdf, "-");
                var total = Dec(Parse(June.Value[number + ".xml"]).Descendants(R("GrandTotalAmount")).Single());
                Assert.That(text, Does.Contain(total.ToString("0.00", CultureInfo.InvariantCulture).Replace(".", ",", StringComparison.Ordinal) + " €"), $"{number}: the PDF shows the XML's total");
                Assert.That(text, Does.Contain($"Facture n° {number}"));
            }
        });
    }

    private static JsonDocument Json(byte[] bytes) => JsonDocument.Parse(bytes);

    private static decimal Dec(XElement e) => decimal.Parse(e.Value, NumberStyles.Number, CultureInfo.InvariantCulture);
}
