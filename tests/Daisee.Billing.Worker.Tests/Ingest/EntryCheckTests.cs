using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;

namespace Daisee.Billing.Worker.Tests.Ingest;

[TestFixture]
public sealed class EntryCheckTests
{
    [TestCase("collective.json", true)]
    [TestCase("curves/2026-06/30000000000001.csv", true)]
    [TestCase(".collective.json", false)]
    [TestCase("./collective.json", false)]
    [TestCase("curves/.hidden.csv", false)]
    [TestCase("curves//a.csv", false)]
    [TestCase("/etc/passwd", false)]
    [TestCase("../evil.csv", false)]
    [TestCase("curves\\a.csv", false)]
    [TestCase("C:a.csv", false)]
    [TestCase("a\u0001b.csv", false)]
    public void NameProblem_NameAsWritten_AcceptsOnlyPlainVisibleRelativePaths(string name, bool accepted) =>
        Assert.That(EntryCheck.NameProblem(name) is null, Is.EqualTo(accepted));

    [Test]
    public void Verify_DuplicateNames_RefusesEveryCopy()
    {
        var (entries, issues) = EntryCheck.Verify([Candidate("a.csv", "x"), Candidate("a.csv", "y"), Candidate("b.csv", "z")], "ds");

        Assert.Multiple(() =>
        {
            Assert.That(entries.Select(e => e.Path), Is.EqualTo(new[] { "b.csv" }));
            Assert.That(issues.Select(i => i.Code), Is.EqualTo(new[] { IssueCodes.DatasetEntryRefused, IssueCodes.DatasetEntryRefused }));
        });
    }

    [Test]
    public void Verify_WrongCrcOrShortContent_ReportsFileUnreadable()
    {
        // CRC-32 of "abc" is 0x352441C2 (the standard check value table of ISO-HDLC).
        var good = Candidate("good.csv", "abc") with { Crc32 = 0x352441C2 };
        var badCrc = Candidate("crc.csv", "abc") with { Crc32 = 0x352441C3 };
        var shortOne = new EntryCandidate("short.csv", 10, () => new MemoryStream("abc"u8.ToArray()));

        var (entries, issues) = EntryCheck.Verify([good, badCrc, shortOne], "ds");

        Assert.Multiple(() =>
        {
            Assert.That(entries.Single().Path, Is.EqualTo("good.csv"));
            Assert.That(entries.Single().Sha256, Is.EqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
            Assert.That(issues.Select(i => (i.Code, i.Source)), Is.EquivalentTo(new[] { (IssueCodes.FileUnreadable, "crc.csv"), (IssueCodes.FileUnreadable, "short.csv") }));
        });
    }

    [Test]
    public void Verify_NegativeDeclaredSize_IsRefusedAndDoesNotLiftTheTotal()
    {
        var huge = new EntryCandidate("a-huge.csv", -1, () => Stream.Null);
        var big = new EntryCandidate("b-big.csv", EntryCheck.MaxTotalBytes, () => Stream.Null);
        var (entries, issues) = EntryCheck.Verify([huge, big, Candidate("c-small.csv", "1")], "ds");

        Assert.Multiple(() =>
        {
            Assert.That(entries, Is.Empty);
            Assert.That(issues.Select(i => i.Code), Is.EqualTo(new[] { IssueCodes.DatasetEntryRefused, IssueCodes.FileUnreadable, IssueCodes.DatasetEntryRefused }));
            Assert.That(issues[2].Message, Does.Contain("c-small.csv").And.Contain("expand past"));
        });
    }

    private static EntryCandidate Candidate(string name, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return new EntryCandidate(name, bytes.Length, () => new MemoryStream(bytes));
    }
}
