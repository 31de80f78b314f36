using Daisee.Billing.Worker.Output.Pdf;
using UglyToad.PdfPig.Fonts.TrueType.Subsetting;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>The worker's subset has the bytes of PdfPig 0.1.16's <c>TrueTypeSubsetter.Subset</c> of the whole embedded font for the same characters in the same order.</summary>
public sealed class TrueTypeSubsetTests
{
    [TestCase("Facture n° TG-202606-0001 · 12,34 € TTC")]
    [TestCase("Ééèêàçœ ÀÉÈÊËÎÏÔÙÛÜŸÇŒÆ àéèêëîïôùûüÿçœæ ĀŁß∑≤ ‰™½")]
    [TestCase("a")]
    [TestCase("")]
    public void For_Text_EqualsPdfPigSubsetter(string text)
    {
        var order = new string([.. text.Distinct()]);
        Assert.That(EmbeddedFont.Instance.Subset(order), Is.EqualTo(PdfPig(order)));
    }

    [Test]
    public void For_RandomOrdersOfDrawableCharacters_EqualPdfPigSubsetter()
    {
        var drawable = Enumerable.Range(0x20, 0x2200).Select(i => (char)i).Where(c => !char.IsSurrogate(c) && PdfText.CanDraw(c)).ToList();
        var random = new Random(14);
        Assert.Multiple(() =>
        {
            for (var run = 0; run < 60; run++)
            {
                var order = new string([.. drawable.OrderBy(_ => random.Next()).Take(random.Next(1, 255))]);
                Assert.That(EmbeddedFont.Instance.Subset(order), Is.EqualTo(PdfPig(order)), $"run {run}");
            }
        });
    }

    private static byte[] PdfPig(string order) =>
        TrueTypeSubsetter.Subset(EmbeddedFont.Instance.Bytes, new TrueTypeSubsetEncoding(order.ToCharArray()));
}
