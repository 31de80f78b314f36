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

    [Test]
    public void Read_Blocks_DropsTheRestOfALongLineToo()
    {
        var longLine = new string('9', BoundedLineReader.MaxLineChars + 100);
        using var bounded = new BoundedLineReader(new StringReader($"a\n{longLine}\nb"));

        var text = bounded.ReadToEnd();

        Assert.That(text, Is.EqualTo($"a\n{longLine[..BoundedLineReader.MaxLineChars]}\nb"));
    }

    [Test]
    public void Read_MalformedR50_CountsThePointsAfterTheErrorAsReadAndRejected()
    {
        var entry = IngestRun.TextEntry("curves/r50.xml", "<?xml version=\"1.0\"?>\n<R50><PRM><Id_PRM>30000000000011</Id_PRM>\n"
            + "<PDC><H>2026-06-02T00:30:00+02:00</H><V>300</V></PDC>\n<PDC><H>2026-06-02T01:00:00+02:00</H><V>3<<</V></PDC>\n<PDC><H>2026-06-02T01:30:00+02:00</H><V>300</V></PDC>\n");

        var (readings, report) = IngestRun.Read(entry);
        var file = report.Files.Single();

        Assert.Multiple(() =>
        {
            Assert.That(readings, Has.Length.EqualTo(1));
            Assert.That((file.RowsRead, file.RowsRejected), Is.EqualTo((3L, 2L)));
            Assert.That(report.Issues.Single().Message, Does.Contain("its 2 point(s)"));
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
