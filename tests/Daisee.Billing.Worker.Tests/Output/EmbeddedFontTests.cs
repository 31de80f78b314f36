using Daisee.Billing.Worker.Output.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>
/// The shared font stands in for PdfPig's own <c>AddTrueTypeFont</c> and <c>MeasureText</c>: the
/// expected values come from PdfPig itself, so a PdfPig upgrade that changes either shape fails here.
/// </summary>
public sealed class EmbeddedFontTests
{
    private static readonly string[] Texts =
    [
        "Facture n° TG-202606-0001", "Période de livraison : 01/06/2026 – 30/06/2026", "Quantité", "Prix unitaire", "Montant",
        "1 234,56 €", "0,1523 €/kWh", "Total à payer TTC", "TURPE part énergie option ACC HPH", "« Économie » ; 293 B du CGI · ≤ 36 kVA",
        "Foyer ? ?? Noël", "ÀÉÈÊËÎÏÔÙÛÜŸÇŒÆ àéèêëîïôùûüÿçœæ", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", "W", " ", "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    ];

    private static readonly double[] Sizes = [6.5, 7, 8.5, 9, 10, 14, 16, 11.3];

    [Test]
    public void AddTo_SameDocument_HasTheBytesOfAddTrueTypeFont()
    {
        Assert.That(PdfCanvas.WithContentId(Document(b => EmbeddedFont.Instance.AddTo(b))),
            Is.EqualTo(PdfCanvas.WithContentId(Document(b => b.AddTrueTypeFont(EmbeddedFont.Instance.Bytes)))));
    }

    [Test]
    public void AddTo_TwoBuildersAtOnce_EachWritesItsOwnSubset()
    {
        using var first = new PdfDocumentBuilder { IncludeDocumentInformation = false };
        using var second = new PdfDocumentBuilder { IncludeDocumentInformation = false };
        var a = EmbeddedFont.Instance.AddTo(first);
        var b = EmbeddedFont.Instance.AddTo(second);
        first.AddPage(PageSize.A4).AddText("abc", 10, new PdfPoint(40, 700), a);
        second.AddPage(PageSize.A4).AddText("xyz", 10, new PdfPoint(40, 700), b);
        using var reference = new PdfDocumentBuilder { IncludeDocumentInformation = false };
        var own = reference.AddTrueTypeFont(EmbeddedFont.Instance.Bytes);
        reference.AddPage(PageSize.A4).AddText("xyz", 10, new PdfPoint(40, 700), own);
        var firstBytes = PdfCanvas.WithContentId(first.Build());
        var secondBytes = PdfCanvas.WithContentId(second.Build());
        Assert.Multiple(() =>
        {
            Assert.That(secondBytes, Is.EqualTo(PdfCanvas.WithContentId(reference.Build())));
            Assert.That(firstBytes, Is.Not.EqualTo(secondBytes), "the first builder's letters stay its own");
        });
    }

    [Test]
    public void Width_EveryTextAndSize_IsTheDoubleOfPdfPigMeasureText()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(EmbeddedFont.Instance.Bytes);
        var page = builder.AddPage(PageSize.A4);
        var random = new Random(7);
        var texts = Texts.Concat(Enumerable.Range(0, 300).Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 80)).Select(_ => (char)random.Next(0x20, 0x17F))])))
            .Select(PdfText.Drawable).ToList();
        Assert.Multiple(() =>
        {
            foreach (var text in texts)
            {
                foreach (var size in Sizes)
                {
                    var expected = page.MeasureText(text, size, new PdfPoint(0, 0), font)[^1].EndBaseLine.X;
                    Assert.That(EmbeddedFont.Instance.Width(text, size), Is.EqualTo(expected), $"'{text}' at {size}");
                }
            }
        });
    }

    [Test]
    public void Width_CharacterWithoutGlyph_IsNull()
    {
        Assert.That(EmbeddedFont.Instance.Width("a\u4E2Db", 10), Is.Null, "a CJK ideograph DejaVu Sans lacks");
    }

    private static byte[] Document(Func<PdfDocumentBuilder, PdfDocumentBuilder.AddedFont> add)
    {
        const string text = "Facture n° 1 · 12,34 € TTC";
        using var builder = new PdfDocumentBuilder { IncludeDocumentInformation = false, ArchiveStandard = PdfAStandard.A3B };
        var font = add(builder);
        var page = builder.AddPage(PageSize.A4);
        page.AddText(text, 10, new PdfPoint(42, 800), font);
        page.AddText("Période – ≤ 36 kVA", 8.5, new PdfPoint(42, 780), font);
        builder.AddPage(PageSize.A4).AddText(text, 16, new PdfPoint(42, 800), font);
        return builder.Build();
    }
}
