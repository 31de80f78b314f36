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
}
