using System.IO.Compression;
using System.Text;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Output.Html;
using Daisee.Billing.Worker.Output.Pdf;
using Daisee.Billing.Worker.Tests.Billing;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>Renders the PDF invoice with pdftoppm/pdftotext and report.html with headless Chromium, as people see them.</summary>
public sealed class DocumentRenderTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("daisee-docs-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void WriteBill_RenderedWithPoppler_IsNonBlankWithTheExpectedTexts()
    {
        var (scenario, documents) = June();
        var pdf = InvoicePdfWriter.WriteBill(scenario.Period, scenario.Collective, scenario.Allocation.Consumers.Single(), documents);
        var file = Path.Combine(_folder, "bill.pdf");
        File.WriteAllBytes(file, pdf);
        ExternalTool.Run("pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-singlefile", "-gray", file, Path.Combine(_folder, "page"));
        var text = ExternalTool.Run("pdftotext", "-layout", file, "-");
        Assert.Multiple(() =>
        {
            Assert.That(DarkPixelShare(File.ReadAllBytes(Path.Combine(_folder, "page.pgm"))), Is.GreaterThan(0.01), "the rendered page is blank");
            Assert.That(text, Does.Contain("Facture n° TT-202606-0001").And.Contain("PRM 30000000000011").And.Contain("Période de livraison : 01/06/2026 – 30/06/2026"));
            Assert.That(text, Does.Contain("6,52 €"), "the hand-computed total of the base case");
            Assert.That(text, Does.Contain("Accise sur l'électricité").And.Contain("30,85 €/MWh"));
            Assert.That(text, Does.Not.Contain(BillScenario.ProducerPrm.Value), "another member's PRM");
            Assert.That(pdf, Is.EqualTo(InvoicePdfWriter.WriteBill(scenario.Period, scenario.Collective, scenario.Allocation.Consumers.Single(), documents)), "deterministic bytes");
        });
    }

    [Test]
    public void Write_ReportInHeadlessChromium_IsNonBlankWithTheExpectedTexts()
    {
        var (scenario, documents) = June();
        var file = Path.Combine(_folder, "report.html");
        File.WriteAllBytes(file, ReportHtmlWriter.Write(scenario.Period, scenario.Collective, scenario.Allocation, documents, ConformityReport.Empty));
        var png = Path.Combine(_folder, "report.png");
        string[] flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", $"--user-data-dir={Path.Combine(_folder, "profile")}"];
        var dom = ExternalTool.Run("chromium", [.. flags, "--dump-dom", "file://" + file]);
        ExternalTool.Run("chromium", [.. flags, $"--screenshot={png}", "--window-size=420,900", "file://" + file]);
        Assert.Multiple(() =>
        {
            Assert.That(dom, Does.Contain("Factures du mois").And.Contain("Membre 01").And.Contain("Production et consommation par jour"));
            Assert.That(dom, Does.Contain("6,52 €"), "the member's local invoice total");
            Assert.That(dom, Does.Not.Contain(BillScenario.ConsumerPrm.Value).And.Not.Contain("Foyer Test"), "pseudonyms only");
            Assert.That(PngIsNonBlank(File.ReadAllBytes(png)), Is.True, "the screenshot is blank");
        });
    }

    private static (BillScenario Scenario, BillingDocuments Documents) June()
    {
        var scenario = new BillScenario(new YearMonth(2026, 6)).Price(new LocalDate(2026, 1, 1), ("base", 0.15m)).Hour(12, 1000).Hour(19, 0, 800);
        var (documents, _) = BillingDocuments.Calculate(scenario.Collective, scenario.Allocation, RateTable.Embedded);
        return (scenario, documents);
    }

    /// <summary>Share of pixels darker than light grey in a binary PGM (P5) image.</summary>
    private static double DarkPixelShare(byte[] pgm)
    {
        var header = Encoding.ASCII.GetString(pgm, 0, 40).Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries);
        Assert.That(header[0], Is.EqualTo("P5"));
        var pixels = int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture) * int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
        return pgm.AsSpan(pgm.Length - pixels).ToArray().Count(b => b < 200) / (double)pixels;
    }

    /// <summary>A white or single-colour PNG inflates to filter bytes and repeated values; a page with content does not.</summary>
    private static bool PngIsNonBlank(byte[] png)
    {
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
            if (Encoding.ASCII.GetString(png, at + 4, 4) == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }

            at += length + 12;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var bytes = inflated.ToArray();
        return bytes.Count(b => b is not (0 or 255)) > bytes.Length / 100;
    }
}
