using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Output.FacturX;
using Daisee.Billing.Worker.Output.Pdf;
using Daisee.Billing.Worker.Tests.Billing;
using Daisee.Billing.Tests.Shared;
using Daisee.Billing.Worker.Tests.Support;
using Daisee.Billing.Worker.Validation;
using NodaTime;
using UglyToad.PdfPig.Core;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>
/// The worker's own PDF writer against its oracle: every document drawn once on
/// <see cref="PdfCanvas"/> and once through PdfPig 0.1.16's <c>PdfDocumentBuilder</c>
/// (<see cref="PdfPigCanvas"/>, the whole font added with <c>AddTrueTypeFont</c>) must have the
/// same bytes, for the sample's bills, Factur-X invoices and statements, and for unusual text.
/// </summary>
public sealed class PdfWriterOracleTests
{
    private static readonly YearMonth June = new(2026, 6);

    private Collective _collective = null!;
    private AllocationResult _allocation = null!;
    private BillingDocuments _documents = null!;
    private BillingPeriod _period = null!;

    [OneTimeSetUp]
    public void LoadSample()
    {
        var dataset = DatasetReader.Read(Entries.FromFolder(RepositoryRoot.Combine("samples", "villeurbanne")));
        _collective = dataset.Collective!;
        _period = new BillingPeriod(June, _collective.Zone, _collective.StepMinutes);
        var curves = CurveAssembler.Assemble(_collective, _period, dataset.Curves!.Stream()).Curves;
        _allocation = AllocationStage.Run(_collective, curves, AllocationInputs.None).Report!.Billed;
        _documents = BillingDocuments.Calculate(_collective, _allocation, RateTable.Embedded).Documents;
    }

    [Test]
    public void WriteBill_EverySampleMember_EqualsPdfPigBuilder()
    {
        var members = _allocation.Participants.Where(p => p.Side == Direction.Consumption && _documents.LocalInvoiceOf(p.Participant.Prm) is not null).ToList();
        Assert.That(members, Has.Count.GreaterThan(10));
        Assert.Multiple(() =>
        {
            foreach (var member in members)
            {
                Assert.That(Own(c => InvoicePdfWriter.WriteBill(c, _period, _collective, member, _documents)), Is.EqualTo(Reference(c => InvoicePdfWriter.WriteBill(c, _period, _collective, member, _documents))),
                    member.Participant.Name);
            }
        });
    }

    [Test]
    public void WriteInvoice_EverySampleInvoice_EqualsPdfPigBuilder()
    {
        Assert.That(_documents.Invoices, Has.Length.GreaterThan(10));
        Assert.Multiple(() =>
        {
            foreach (var invoice in _documents.Invoices)
            {
                var member = _allocation.Participants.First(p => p.Side == Direction.Consumption && p.Participant.Prm == invoice.Buyer.Prm);
                var xml = CiiInvoiceWriter.Write(invoice, _collective, _period);
                Assert.That(Own(c => InvoicePdfWriter.WriteInvoice(c, _period, _collective, member, invoice, xml)),
                    Is.EqualTo(Reference(c => InvoicePdfWriter.WriteInvoice(c, _period, _collective, member, invoice, xml))), invoice.Number);
            }
        });
    }

    [Test]
    public void WriteStatement_EverySampleProducer_EqualsPdfPigBuilder()
    {
        var producers = _allocation.Participants.Where(p => p.Side == Direction.Production && _documents.StatementOf(p.Participant.Prm) is not null).ToList();
        Assert.That(producers, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var producer in producers)
            {
                var statement = _documents.StatementOf(producer.Participant.Prm)!;
                Assert.That(Own(c => StatementPdfWriter.Write(c, _period, _collective, producer, statement, _documents)),
                    Is.EqualTo(Reference(c => StatementPdfWriter.Write(c, _period, _collective, producer, statement, _documents))), producer.Participant.Name);
            }
        });
    }

    [TestCase("Foyer Élodie-Anaïs d'Ornano-Saint-Exupéry « Les Œillets » (bâtiment B\\2) — 12,50 € ≤ 36 kVA")]
    [TestCase("Foyer 王 \U0001F600\u0007 Noël")]
    [TestCase("ЖЗИЙ ΑΒΓΔ ĀŁß∑ ‰ ™ ½ ¼ ¾ † ‡ • … ‹› ¡¿")]
    public void WriteBill_UnusualName_EqualsPdfPigBuilder(string name)
    {
        var scenario = new BillScenario(June).Price(new LocalDate(2026, 1, 1), ("base", 0.15m)).Hour(12, 1000, 500);
        scenario.Consumer = scenario.Consumer with { Name = name, BillingAddress = name + ", 69100 Villeurbanne" };
        var (documents, _) = BillingDocuments.Calculate(scenario.Collective, scenario.Allocation, RateTable.Embedded);
        var member = scenario.Allocation.Consumers.Single();
        Assert.That(Own(c => InvoicePdfWriter.WriteBill(c, scenario.Period, scenario.Collective, member, documents)),
            Is.EqualTo(Reference(c => InvoicePdfWriter.WriteBill(c, scenario.Period, scenario.Collective, member, documents))));
    }

    /// <summary>More than 25 pages: leaves of at most 25 pages under a root node, as PdfPig builds its page tree.</summary>
    [Test]
    public void Build_ManyPagesAndOddContent_EqualsPdfPigBuilder()
    {
        static void Draw(IPdfCanvas c)
        {
            c.Line(9, (PdfCanvas.Left, string.Empty), (-PdfCanvas.Right, "  deux  espaces  "), (300, "(parenthèses) \\ et \t tabulation"));
            c.NewPage();
            c.Page.SetTextAndFillColor(0, 128, 255);
            c.Page.DrawRectangle(new PdfPoint(10.123456789012, 20), 0.1 / 3, 1e-10, 0.75, false);
            c.Page.DrawLine(new PdfPoint(0, 0), new PdfPoint(595, 842));
            c.Page.ResetColor();
            c.NewPage();
            for (var i = 0; i < 1500; i++)
            {
                c.Line(7 + (i % 5 * 0.3), (PdfCanvas.Left, $"Ligne {i} : {i * 1.37m} € · Œuvre n° {i % 97}"), (-PdfCanvas.Right, $"{i / 7.0:0.000} kWh"));
                if (i % 40 == 0)
                {
                    c.Rule();
                    c.Paragraph(6.5, string.Join(' ', Enumerable.Repeat("mot accentué très long paragraphe", 12)));
                }
            }
        }

        Assert.That(Reference(c => { Draw(c); return c.Build(); }), Is.EqualTo(Own(c => { Draw(c); return c.Build(); })));
        using var canvas = new PdfCanvas();
        Draw(canvas);
        using var read = UglyToad.PdfPig.PdfDocument.Open(canvas.Build());
        Assert.That(read.NumberOfPages, Is.GreaterThan(25).And.LessThan(626));
    }

    [Test]
    public void Build_EmptyDocument_EqualsPdfPigBuilder()
    {
        Assert.That(Own(c => c.Build()), Is.EqualTo(Reference(c => c.Build())));
    }

    [Test]
    public void Build_MoreThan255DistinctCharacters_RefusedAsPdfPigRefuses()
    {
        var text = new string([.. Enumerable.Range(0x100, 400).Select(i => (char)i).Where(c => PdfText.CanDraw(c)).Take(300)]);
        Assert.Multiple(() =>
        {
            Assert.That(() => Reference(c => { c.Paragraph(8, text); return c.Build(); }), Throws.TypeOf<NotSupportedException>());
            Assert.That(() => Own(c => { c.Paragraph(8, text); return c.Build(); }), Throws.TypeOf<NotSupportedException>());
        });
    }

    /// <summary>The sample's first bill read back by PdfPig's reader and by poppler's pdftotext.</summary>
    [Test]
    public void WriteBill_Sample_ReadsBackInPdfPigAndPdftotext()
    {
        var member = _allocation.Participants.First(p => p.Side == Direction.Consumption && _documents.LocalInvoiceOf(p.Participant.Prm) is not null);
        var bytes = Own(c => InvoicePdfWriter.WriteBill(c, _period, _collective, member, _documents));
        using var read = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var invoice = _documents.InvoicesOf(member.Participant.Prm)[0];
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "bill.pdf");
        File.WriteAllBytes(file, bytes);
        var text = ExternalTool.Run("pdftotext", "-layout", file, "-");
        Assert.Multiple(() =>
        {
            Assert.That(read.GetPage(1).Text, Does.Contain(invoice.Number));
            Assert.That(text, Does.Contain("Facture n° " + invoice.Number).And.Contain(member.Participant.Name));
        });
    }

    private static byte[] Own(Func<IPdfCanvas, byte[]> write)
    {
        using var canvas = new PdfCanvas();
        return write(canvas);
    }

    private static byte[] Reference(Func<IPdfCanvas, byte[]> write)
    {
        using var canvas = new PdfPigCanvas();
        return write(canvas);
    }
}
