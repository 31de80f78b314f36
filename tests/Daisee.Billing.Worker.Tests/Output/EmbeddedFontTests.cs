using Daisee.Billing.Worker.Output.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>
/// The shared font's widths stand in for PdfPig's own <c>MeasureText</c>: the
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
}
