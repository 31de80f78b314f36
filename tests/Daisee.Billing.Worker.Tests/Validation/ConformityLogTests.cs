using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker.Tests.Validation;

[TestFixture]
public sealed class ConformityLogTests
{
    [Test]
    public void ToReport_MoreIssuesOfOneCodeInOneFileThanTheBound_ListsTheFirstAndCountsTheRest()
    {
        var log = new ConformityLog();
        for (var line = 1; line <= 250; line++)
        {
            log.RowRead("a.csv");
            log.RowRejected("a.csv", new Issue(Severity.Warning, IssueCodes.ValueInvalid, "a.csv", line, $"a.csv line {line}: bad"));
        }

        log.Add(new Issue(Severity.Warning, IssueCodes.ValueInvalid, "b.csv", 1, "b.csv line 1: bad"));

        var report = log.ToReport();
        var truncated = report.Issues.Single(i => i.Code == IssueCodes.IssuesTruncated);

        Assert.Multiple(() =>
        {
            Assert.That(report.Issues.Count(i => i.Code == IssueCodes.ValueInvalid && i.Source == "a.csv"), Is.EqualTo(ConformityLog.MaxIssuesPerCodeAndFile));
            Assert.That(report.Issues.Count(i => i.Source == "b.csv"), Is.EqualTo(1));
            Assert.That(truncated.Message, Does.Contain("and 150 more VALUE_INVALID"));
            Assert.That(report.Files.Single(f => f.Source == "a.csv").RowsRejected, Is.EqualTo(250));
        });
    }

    [Test]
    public void ToReport_RowsOfFilesInterleaved_CountsEachFileAndEqualNamesTogether()
    {
        var log = new ConformityLog();
        // The same name built twice (distinct string instances) is one file.
        var first = string.Concat("curves/", "a.csv");
        var again = string.Concat("curves/a", ".csv");
        log.FileSeen(first, "portal");
        log.RowsRead(first, 3);
        log.RowAccepted(first);
        log.RowAccepted("curves/b.csv");
        log.RowAccepted(again);
        log.RowOutOfScope("curves/b.csv");
        log.RowRejected(again, null);
        log.RowAcceptedThenRejected(first);

        var files = log.ToReport().Files;
        var snapshot = log.ToIssueSet().Files;

        Assert.Multiple(() =>
        {
            Assert.That(files.Select(f => f.Source), Is.EqualTo(new[] { "curves/a.csv", "curves/b.csv" }));
            Assert.That(files[0], Is.EqualTo(new FileAccount("curves/a.csv", "portal", 3, 1, 2, 0)));
            Assert.That(files[1], Is.EqualTo(new FileAccount("curves/b.csv", "unknown", 0, 1, 0, 1)));
            Assert.That(snapshot["curves/a.csv"], Is.EqualTo(new FileRows("portal", 3, 1, 2, 0)));
            Assert.That(snapshot["curves/b.csv"], Is.EqualTo(new FileRows(null, 0, 1, 0, 1)));
        });
    }
}
