using Daisee.Billing.Worker.Ingest;

namespace Daisee.Billing.Worker.Tests.Ingest;

[TestFixture]
public sealed class BoundedLineReaderTests
{
    [Test]
    public void ReadLine_MixedLineEnds_SplitsLikeStringReader()
    {
        const string Text = "a;b\r\nc\rd\n\ne";
        using var bounded = new BoundedLineReader(new StringReader(Text));
        using var plain = new StringReader(Text);

        Assert.That(Lines(bounded), Is.EqualTo(Lines(plain)));
    }

    [Test]
    public void ReadLine_LineLongerThanTheBound_KeepsThePrefixAndCountsTheCut()
    {
        var longLine = new string('7', BoundedLineReader.MaxLineChars * 3 + 5);
        using var bounded = new BoundedLineReader(new StringReader($"head\n{longLine}\ntail\n"));

        var lines = Lines(bounded);

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Count.EqualTo(3));
            Assert.That(lines[1], Has.Length.EqualTo(BoundedLineReader.MaxLineChars));
            Assert.That(lines[2], Is.EqualTo("tail"));
            Assert.That(bounded.LinesCut, Is.EqualTo(1));
        });
    }

    private static List<string> Lines(TextReader reader)
    {
        var lines = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lines.Add(line);
        }

        return lines;
    }
}
