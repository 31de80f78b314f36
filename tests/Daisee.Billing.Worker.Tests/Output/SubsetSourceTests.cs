using Daisee.Billing.Worker.Output.Pdf;
using UglyToad.PdfPig.Fonts.TrueType.Subsetting;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>PdfPig's subsetter gives the same subset from <see cref="SubsetSource"/> as from the whole font, for every glyph of the font.</summary>
public sealed class SubsetSourceTests
{
    [Test]
    public void For_EveryCharacterOfTheFontIn255CharacterEncodings_SubsetsToTheBytesOfTheWholeFont()
    {
        var font = EmbeddedFont.Instance;
        var characters = Enumerable.Range(0x20, char.MaxValue - 0x20 + 1).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && font.Font.WindowsUnicodeCMap.CharacterCodeToGlyphIndex(c) != 0).ToList();
        var chunks = characters.Chunk(255).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(characters, Has.Count.GreaterThan(3000), "DejaVu Sans covers thousands of characters");
            foreach (var chunk in chunks)
            {
                var encoding = new TrueTypeSubsetEncoding(chunk);
                var source = font.SubsetSourceFor(chunk);
                Assert.That(source, Has.Length.LessThan(font.Bytes.Length));
                Assert.That(TrueTypeSubsetter.Subset(source, encoding), Is.EqualTo(TrueTypeSubsetter.Subset(font.Bytes, encoding)), $"characters U+{(int)chunk[0]:X4}–U+{(int)chunk[^1]:X4}");
            }
        });
    }

    [Test]
    public void For_ASuperset_SubsetsToTheBytesOfTheWholeFont()
    {
        var font = EmbeddedFont.Instance;
        var encoding = new TrueTypeSubsetEncoding([.. "Facture n° 12,34 € – Période ÉéèàçŒ"]);
        var source = font.SubsetSourceFor("Facture n° 12,34 € – Période ÉéèàçŒ plus d'autres lettres: ĀŁß∑≤");
        Assert.That(TrueTypeSubsetter.Subset(source, encoding), Is.EqualTo(TrueTypeSubsetter.Subset(font.Bytes, encoding)));
    }
}
