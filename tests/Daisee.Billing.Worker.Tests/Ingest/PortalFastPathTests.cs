using System.Collections.Immutable;
using System.Text;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Tests.Validation;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Ingest;

/// <summary>
/// Layout-A files read from their bytes give what the general path (decoded text, CSV reader,
/// <see cref="EndStampedBody"/>) gives the same file, reading for reading and issue for issue;
/// files of another shape are left to the general path; rows outside the billed month counted
/// per file add up to the hand-counted out-of-scope rows.
/// </summary>
[TestFixture]
public sealed class PortalFastPathTests
{
    private const string Header = "Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;Grandeur metier;Etape metier;Unite;Pas en minutes";

    private static readonly Interval June = new(Instant.FromUtc(2026, 5, 31, 22, 0), Instant.FromUtc(2026, 6, 30, 22, 0));

    /// <summary>A layout-A file: header, metadata line (unit, declared step), column line, then the rows, joined by <paramref name="newLine"/>.</summary>
    private static string File(string unit, string step, string newLine, params string[] rows) =>
        string.Join(newLine, [Header, $"30000000000011;Courbe de charge;01/06/2026;01/07/2026;Energie active;Consommation;Comptage Brut;{unit};{step}", "Horodate;Valeur", .. rows]) + newLine;

    /// <summary>End stamps every <paramref name="minutes"/> minutes from <paramref name="firstEnd"/> (Paris time with its offset), with values 0, 7, 14…</summary>
    private static string[] Rows(LocalDateTime firstEnd, int minutes, int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var end = firstEnd.PlusMinutes(i * minutes).InZoneLeniently(IngestRun.Paris);
            return end.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>", System.Globalization.CultureInfo.InvariantCulture) + ";" + (i * 7).ToString(System.Globalization.CultureInfo.InvariantCulture);
        })];

    private static readonly LocalDateTime May30 = new(2026, 5, 30, 0, 30);

    private static IEnumerable<TestCaseData> CommonFiles()
    {
        yield return new TestCaseData(File("W", "30", "\n", Rows(May30, 30, 200))).SetName("LF, 30 minutes across the month's start");
        yield return new TestCaseData(File("W", "30", "\r\n", Rows(May30, 30, 200))).SetName("CRLF");
        yield return new TestCaseData("\uFEFF" + File("kW", "", "\n", Rows(May30, 30, 100))).SetName("BOM, kW, step inferred");
        yield return new TestCaseData(File("W", "", "\n", [.. Rows(new LocalDateTime(2026, 6, 1, 0, 10), 10, 12), .. Rows(new LocalDateTime(2026, 6, 1, 2, 30), 30, 6)])).SetName("10 then 30 minutes, undeclared");
        yield return new TestCaseData(File("W", "30", "\n", [.. Rows(new LocalDateTime(2026, 6, 30, 22, 0), 30, 8), "", .. Rows(new LocalDateTime(2026, 7, 1, 2, 30), 30, 2)])).SetName("an empty line, rows past the month's end");
        yield return new TestCaseData(File("W", "30", "\n", Rows(new LocalDateTime(2026, 10, 24, 23, 0), 30, 60))).SetName("autumn DST change, all outside");
        yield return new TestCaseData(File("W", "30", "\n", Rows(May30, 30, 5)).TrimEnd('\n')).SetName("no final line end");
    }

    private static IEnumerable<TestCaseData> OtherFiles()
    {
        yield return new TestCaseData(File("W", "30", "\n", "2026-06-01T00:30:00+02:00;\"100\"")).SetName("a quoted value");
        yield return new TestCaseData(File("W", "30", "\n", "2026-06-01T00:30:00+02:00;12.5")).SetName("a decimal value");
        yield return new TestCaseData(File("W", "30", "\n", "2026-06-01T00:30:00+02:00;1000000000")).SetName("ten digits");
        yield return new TestCaseData(File("W", "30", "\n", "2026-06-01T00:40:00+02:00;100", "2026-06-01T01:10:00+02:00;100")).SetName("misaligned stamps");
        yield return new TestCaseData(File("W", "30", "\n", "2026-06-01T00:30:00+02:00;100;x")).SetName("a third field");
        yield return new TestCaseData(File("W", "30", "\n", "2026-06-01 00:30:00;100")).SetName("a naive stamp");
        yield return new TestCaseData(File("W", "30", "\r", Rows(May30, 30, 3))).SetName("CR alone");
        yield return new TestCaseData(File("W", "30", "\n", "2026-06-01T00:30:00+02:00;100", "   ")).SetName("a blank line of spaces");
        yield return new TestCaseData("\n" + File("W", "30", "\n", Rows(May30, 30, 3))).SetName("a leading empty line");
        yield return new TestCaseData(File("W", "30", "\n", "2026-06-01T00:30:00+02:00;10é")).SetName("a non-ASCII byte");
        yield return new TestCaseData(File("MW", "30", "\n", Rows(May30, 30, 3))).SetName("an unknown unit");
    }

    /// <summary>Clocks the same-day shortcut must refuse as the full parse does (whichever path then reads the file).</summary>
    private static IEnumerable<TestCaseData> ClockEdges()
    {
        yield return new TestCaseData(File("W", "30", "\n", "2026-06-01T00:30:00+02:00;1", "2026-06-01T24:00:00+02:00;1")).SetName("hour 24 after a row of the same day");
        yield return new TestCaseData(File("W", "30", "\n", "2026-06-01T00:30:00+02:00;1", "2026-06-01T01:0a:00+02:00;1")).SetName("a letter in the clock after a row of the same day");
        yield return new TestCaseData(File("W", "30", "\n", "2026-06-01T00:30:00+02:00;1", "2026-06-01T01:00:60+02:00;1")).SetName("second 60 after a row of the same day");
        yield return new TestCaseData(File("W", "30", "\n", "2026-06-01T00:30:00+02:00;1", "2026-06-01T01:00:00+01:00;1", "2026-06-01T01:30:00Z;1")).SetName("the offset changes within a day");
    }

    [TestCaseSource(nameof(CommonFiles))]
    public void TryRead_CommonFile_IsReadFromItsBytes(string content)
    {
        Assert.That(PortalFastPath.TryRead("curves/a.csv", Encoding.UTF8.GetBytes(content), IngestRun.Context(), [new PortalExportReader()], countOutside: false), Is.Not.Null);
    }

    [TestCaseSource(nameof(OtherFiles))]
    public void TryRead_OtherShape_IsLeftToTheGeneralPath(string content)
    {
        Assert.That(PortalFastPath.TryRead("curves/a.csv", Encoding.UTF8.GetBytes(content), IngestRun.Context(), [new PortalExportReader()], countOutside: false), Is.Null);
    }

    [TestCaseSource(nameof(CommonFiles))]
    [TestCaseSource(nameof(OtherFiles))]
    [TestCaseSource(nameof(ClockEdges))]
    public void Read_AnyFile_GivesWhatTheGeneralPathGives(string content)
    {
        foreach (var window in new Interval?[] { null, June })
        {
            var context = IngestRun.Context() with { Window = window };
            var entry = IngestRun.TextEntry("curves/a.csv", content);
            var fastLog = new ConformityLog();
            var fast = CurveFileReader.Default.Read(entry, context, fastLog).ToImmutableArray();
            var (general, generalLog) = General(entry, context);

            Assert.That(fast, Is.EqualTo(general), $"window {window}");
            Assert.That(Describe(fastLog.ToReport()), Is.EqualTo(Describe(generalLog.ToReport())), $"window {window}");
        }
    }

    [Test]
    public void Assemble_ThreeDaysBilledInJune_CountsTheTwoDaysOfMayOutOfScope()
    {
        // 144 half-hours ending 30 May 00:30 to 2 June 00:00 (Paris, +02:00). June's steps start at
        // 1 June 00:00 local: the rows ending 1 June 00:30 to 2 June 00:00 (lines 100-147) are in the
        // month, the 96 before them (lines 4-99, ending 30 May 00:30 to 1 June 00:00) are outside.
        var content = File("W", "30", "\n", Rows(May30, 30, 144));
        var readings = new CurveReadings([IngestRun.TextEntry("curves/a.csv", content)], IngestRun.Context());
        var (curves, issues) = CurveAssembler.Assemble(ConformityRun.Collective, ConformityRun.June, readings.Stream(June), readings.OutsideWindow);
        var log = new ConformityLog();
        log.Add(readings.Issues);
        log.Add(issues);
        var report = log.ToReport();

        var outside = report.Issues.Single(i => i.Code == IssueCodes.OutsidePeriod);
        Assert.Multiple(() =>
        {
            Assert.That(readings.OutsideWindow, Is.EqualTo(new[] { new OutOfWindowRows("curves/a.csv", Prm.Parse("30000000000011"), 4, 96) }));
            Assert.That(outside.Line, Is.EqualTo(4));
            Assert.That(outside.Message, Does.Contain("96 row(s) of PRM 30000000000011 fall outside the billed month"));
            Assert.That(report.Files.Single().RowsRead, Is.EqualTo(144));
            Assert.That(report.Files.Single().RowsOutOfScope, Is.EqualTo(96));
            Assert.That(report.Files.Single().RowsAccepted, Is.EqualTo(48));
            var office = curves.Consumers.Single(c => c.Participant.Prm == Prm.Parse("30000000000011"));
            // The row at line 100 (value 96 × 7 = 672 W over 30 minutes = 336,000 mWh) is June's first step.
            Assert.That(office.Values[0].MilliwattHours, Is.EqualTo(336_000L));
        });
    }

    [Test]
    public void Assemble_RowsCountedPerFile_ReportAsTheSameRowsStreamedOneByOne()
    {
        // A member and a PRM outside the collective, each with rows on both sides of the month's start.
        var member = File("W", "30", "\n", Rows(May30, 30, 144));
        var stranger = member.Replace("30000000000011;Courbe", "30000000000099;Courbe", StringComparison.Ordinal);
        DatasetEntry[] files = [IngestRun.TextEntry("curves/a.csv", member), IngestRun.TextEntry("curves/b.csv", stranger)];

        var counted = new CurveReadings(files, IngestRun.Context());
        var (_, countedIssues) = CurveAssembler.Assemble(ConformityRun.Collective, ConformityRun.June, counted.Stream(June), counted.OutsideWindow);
        var streamed = files.SelectMany(f => CurveFileReader.Default.Read(f, IngestRun.Context() with { Window = June }, new ConformityLog())).ToList();
        var (_, streamedIssues) = CurveAssembler.Assemble(ConformityRun.Collective, ConformityRun.June, streamed);

        Assert.That(counted.OutsideWindow, Has.Count.EqualTo(2));
        Assert.That(streamed.Count(r => !June.Contains(r.Step.Start)), Is.EqualTo(192));
        Assert.That(Describe(countedIssues), Is.EqualTo(Describe(streamedIssues)));
    }

    [Test]
    public void Stream_MoreFilesThanABatch_GivesEveryFileInNameOrderAsReadOneByOne()
    {
        // 150 members' files (three batches of at most 64), written in reverse name order, one of them in
        // a shape only the general path reads (a decimal value), each file's values offset by its number.
        var files = Enumerable.Range(0, 150).Reverse().Select(n =>
        {
            var prm = (30000000001000L + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var rows = Rows(new LocalDateTime(2026, 6, 1, 0, 0), 30, 6).Select(r => r + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var content = File("W", "30", "\n", [.. rows]).Replace("30000000000011;Courbe", prm + ";Courbe", StringComparison.Ordinal);
            return IngestRun.TextEntry($"curves/{prm}.csv", n == 70 ? content.Replace(";770\n", ";7.5\n", StringComparison.Ordinal) : content);
        }).ToArray();

        var readings = new CurveReadings(files, IngestRun.Context());
        var streamed = readings.Stream(June).ToList();
        var oneByOne = files.OrderBy(f => f.Path, StringComparer.Ordinal)
            .SelectMany(f => CurveFileReader.Default.Read(f, IngestRun.Context() with { Window = June }, new ConformityLog()))
            .Where(r => June.Contains(r.Step.Start)).ToList();

        Assert.Multiple(() =>
        {
            // Six rows a file: the first ends at 1 June 00:00 local (its step is May's), the other five are June's.
            Assert.That(streamed.Where(r => June.Contains(r.Step.Start)), Is.EqualTo(oneByOne));
            Assert.That(oneByOne, Has.Count.EqualTo(150 * 5));
            Assert.That(streamed.Count(r => !June.Contains(r.Step.Start)), Is.EqualTo(1));
            Assert.That(readings.OutsideWindow.Select(o => o.Rows).Sum(), Is.EqualTo(149), "the general-path file passes its outside row on as a reading");
            Assert.That(readings.Issues.Files.Values.Sum(f => f.Read), Is.EqualTo(150 * 6));
        });
    }

    /// <summary>The general path alone: the layout-A reader over the decoded, bounded text, as the file reader runs it.</summary>
    private static (ImmutableArray<MeterReading> Readings, ConformityLog Log) General(DatasetEntry entry, CurveReadContext context)
    {
        var log = new ConformityLog();
        using var text = TextDecoding.Open(entry.Open());
        var reader = new PortalExportReader();
        var head = new char[CurveFileReader.HeadChars];
        var count = text.ReadBlock(head, 0, head.Length);
        using var replay = new BoundedLineReader(new FirstLineReader(new string(head, 0, count), text, appendNewLine: false));
        log.FileSeen(entry.Path, reader.Name);
        var readings = reader.Read(replay, entry.Path, context, log).ToImmutableArray();
        return (readings, log);
    }

    private static string[] Describe(ConformityReport report) =>
        [.. report.Issues.Select(i => $"{i.Severity} {i.Code} {i.Source} {i.Line} {i.Field} {i.Message}"),
         .. report.Files.Select(f => $"{f.Source} {f.Format} {f.RowsRead} {f.RowsAccepted} {f.RowsRejected} {f.RowsOutOfScope}")];

    private static string[] Describe(IssueSet issues)
    {
        var log = new ConformityLog();
        log.Add(issues);
        return Describe(log.ToReport());
    }
}
