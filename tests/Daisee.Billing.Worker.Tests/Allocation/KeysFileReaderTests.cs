using System.Text;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker.Tests.Allocation;

/// <summary>Keys files: parsing, issues with file/line/field, and every row accounted for.</summary>
public sealed class KeysFileReaderTests
{
    private const string Path = "keys/2026-02.csv";

    [Test]
    public void Read_ColumnsInAnyOrderSemicolonsAndBlankLines_ParsesEveryValidRow()
    {
        var log = new ConformityLog();

        var rows = KeysFileReader.Read(Entry("coefficient;prm;start\n\n0.25;30000000000011;2026-01-31T23:00:00Z\n1;30000000000012;2026-01-31T23:30:00Z\n"), false, log).ToList();

        Assert.That(rows.Select(r => (r.Consumer.Value, r.Coefficient, r.Line)), Is.EqualTo(new[] { ("30000000000011", 0.25m, 3), ("30000000000012", 1m, 4) }));
        Assert.That(rows.All(r => r.Producer is null), Is.True);
        Assert.That(log.ToReport().Files.Single().RowsRead, Is.EqualTo(2));
    }

    [TestCase("2026-01-31T23:00:00Z,30000000000011,1.5", IssueCodes.ValueImpossible, "coefficient")]
    [TestCase("2026-01-31T23:00:00Z,30000000000011,-0.1", IssueCodes.ValueNegative, "coefficient")]
    [TestCase("2026-01-31T23:00:00Z,30000000000011,0,5", IssueCodes.LineUnparseable, "line")]
    [TestCase("2026-01-31T23:00:00Z,30000000000011,half", IssueCodes.ValueInvalid, "coefficient")]
    [TestCase("2026-01-31T23:00:00Z,3000000000001,0.5", IssueCodes.ValueInvalid, "prm")]
    [TestCase("01/02/2026 00:00,30000000000011,0.5", IssueCodes.TimestampInvalid, "start")]
    [TestCase("2026-01-31T23:00:00Z,30000000000011", IssueCodes.LineUnparseable, "line")]
    public void Read_BadRow_RejectedWithIssueOnItsLineAndField(string line, string code, string field)
    {
        var log = new ConformityLog();

        var rows = KeysFileReader.Read(Entry($"start,prm,coefficient\n{line}\n"), false, log).ToList();

        var report = log.ToReport();
        Assert.That(rows, Is.Empty);
        var issue = report.Issues.Single();
        Assert.That((issue.Code, issue.Line, issue.Field, issue.Source), Is.EqualTo((code, 2, field, Path)));
        Assert.That(report.Files.Single().RowsRejected, Is.EqualTo(1));
    }

    [Test]
    public void Read_HeaderWithoutProducerForFullDynamic_ErrorAndNoRow()
    {
        var log = new ConformityLog();

        var rows = KeysFileReader.Read(Entry("start,prm,coefficient\n2026-01-31T23:00:00Z,30000000000011,0.5\n"), true, log).ToList();

        Assert.That(rows, Is.Empty);
        Assert.That(log.HasErrors, Is.True);
        Assert.That(log.ToReport().Issues.Single().Code, Is.EqualTo(IssueCodes.HeaderInvalid));
    }

    [Test]
    public void Build_EveryRowAccountedForUnknownOutsideMisalignedWrongRoleDuplicate()
    {
        var builder = new ScenarioBuilder(AllocationMethod.DynamicSimple)
            .Add(1, Role.Producer, 1000).Add(11, Role.Consumer, 1000).Add(12, Role.Consumer, 1000);
        var curves = builder.Curves;
        var log = new ConformityLog();
        var text = """
            start,prm,coefficient
            2026-01-31T23:00:00Z,30000000000011,0.5
            2026-01-31T23:00:00Z,30000000000099,0.5
            2026-03-01T00:00:00Z,30000000000011,0.5
            2026-01-31T23:10:00Z,30000000000011,0.5
            2026-01-31T23:00:00Z,30000000000001,0.5
            2026-01-31T23:00:00Z,30000000000011,0.4
            2026-01-31T23:00:00Z,30000000000012,x
            """;

        var rows = KeysFileReader.Read(Entry(text), false, log);
        var schedule = KeySchedule.Build(rows, builder.Period, [.. Allocator.Consumers(curves).Select(c => c.Prm)], [.. Allocator.Producers(curves).Select(c => c.Prm)], false, log);

        var report = log.ToReport();
        var file = report.Files.Single();
        Assert.That((file.RowsRead, file.RowsAccepted, file.RowsOutOfScope, file.RowsRejected), Is.EqualTo((7L, 1L, 2L, 4L)));
        Assert.That(file.IsBalanced, Is.True);
        Assert.That(report.Issues.Select(i => i.Code), Is.SupersetOf(new[]
        {
            IssueCodes.PrmUnknown, IssueCodes.OutsidePeriod, IssueCodes.TimestampMisaligned, IssueCodes.KeyRoleMismatch, IssueCodes.DuplicateConflicting, IssueCodes.ValueInvalid, IssueCodes.KeysMissing,
        }));
        Assert.That(schedule.TryGet(0, out var units) ? units[0] : null, Is.EqualTo(new[] { 500_000_000L, 0L }));
    }

    private static DatasetEntry Entry(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new DatasetEntry(Path, bytes.Length, () => new MemoryStream(bytes));
    }
}
