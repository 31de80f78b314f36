using Daisee.Billing.Worker.Output.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>The canvas writes the bytes PdfPig writes for the same texts drawn with its own <c>AddTrueTypeFont</c>, <c>MeasureText</c> and <c>AddText</c>.</summary>
public sealed class PdfCanvasTests
{
    [Test]
    public void Build_LinesOnTwoPages_EqualsPdfPigAddText()
    {
        using var canvas = new PdfCanvas();
        canvas.Line(16, (PdfCanvas.Left, "Facture n° TG-202606-0001"));
        canvas.Line(8.5, (PdfCanvas.Left, " Désignation  avec  espaces "), (-553, "1 234,56 €"));
        canvas.NewPage();
        canvas.Line(9, (PdfCanvas.Left, "Foyer 中 Noël"), (300, "Client · ≤ 36 kVA"));
        canvas.Line(7, (PdfCanvas.Left, "Mentions: 40 € — L441-10"));

        using var builder = new PdfDocumentBuilder { IncludeDocumentInformation = false, ArchiveStandard = PdfAStandard.A3B };
        var font = builder.AddTrueTypeFont(EmbeddedFont.Instance.Bytes);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Facture n° TG-202606-0001", 16, new PdfPoint(42, 800), font);
        var y = 800 - (16 * 1.45);
        page.AddText(" Désignation  avec  espaces ", 8.5, new PdfPoint(42, y), font);
        page.AddText("1 234,56 €", 8.5, new PdfPoint(553 - page.MeasureText("1 234,56 €", 8.5, new PdfPoint(0, 0), font)[^1].EndBaseLine.X, y), font);
        page = builder.AddPage(PageSize.A4);
        page.AddText("Foyer ? Noël", 9, new PdfPoint(42, 800), font);
        page.AddText("Client · ≤ 36 kVA", 9, new PdfPoint(300, 800), font);
        page.AddText("Mentions: 40 € — L441-10", 7, new PdfPoint(42, 800 - (9 * 1.45)), font);

        Assert.That(canvas.Build(), Is.EqualTo(PdfCanvas.WithContentId(builder.Build())));
    }
}
