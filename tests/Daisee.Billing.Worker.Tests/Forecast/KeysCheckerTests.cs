using System.Globalization;
using System.Text;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Forecast.Keys;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Tests.Support;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Forecast;

public sealed class KeysCheckerTests
{
    private static readonly YearMonth March = new(2026, 3);

    /// <summary>30-minute steps of March 2026 in Paris: 31 days × 48 − 2 (29 March has 46).</summary>
    private const int MarchSteps = (31 * 48) - 2;

    [Test]
    public void Check_CleanFile_NoProblemAndEveryStepCounted()
    {
        var report = Check(CleanLines());

        Assert.Multiple(() =>
        {
            Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems.Select(p => p.Message)));
            Assert.That(report.Steps, Is.EqualTo(MarchSteps));
            Assert.That(report.DataLines, Is.EqualTo(MarchSteps + (MarchSteps - (9 * 48))));
        });
    }

    [Test]
    public void Check_MissingStep_ReportedOnceWithItsStart()
    {
        var lines = CleanLines().Where(l => !l.StartsWith("2026-03-15T10:00:00Z", StringComparison.Ordinal)).ToList();

        var problems = Check(lines).Problems;

        Assert.That(problems, Has.Length.EqualTo(1));
        Assert.That(problems[0].Code, Is.EqualTo(KeysCodes.StepMissing));
        Assert.That(problems[0].Line, Is.Zero);
        Assert.That(problems[0].Step, Is.EqualTo(Instant.FromUtc(2026, 3, 15, 10, 0)));
    }

    [Test]
    public void Check_UnknownPrm_ReportedOnItsLine()
    {
        var lines = CleanLines();
        lines.Add("2026-03-20T12:00:00Z,39999999999999,0");

        var problems = Check(lines).Problems;

        Assert.That(problems.Select(p => (p.Code, p.Line, p.Field)), Is.EqualTo(new[] { (KeysCodes.PrmUnknown, lines.Count, "prm") }));
    }

    [Test]
    public void Check_SumAboveOne_ReportedOnTheStepsFirstLine()
    {
        var lines = CleanLines();
        var index = lines.FindIndex(l => l.StartsWith("2026-03-20T12:00:00Z,30000000000012", StringComparison.Ordinal));
        lines[index] = "2026-03-20T12:00:00Z,30000000000012,0.75";

        var problems = Check(lines).Problems;

        Assert.That(problems, Has.Length.EqualTo(1));
        Assert.That(problems[0].Code, Is.EqualTo(KeysCodes.SumAboveOne));
        Assert.That(problems[0].Line, Is.EqualTo(index));
        Assert.That(problems[0].Message, Does.Contain("sum to 1.15"));
    }

    [Test]
    public void Check_MemberOutsideMembership_ReportedOnItsLine()
    {
        var lines = CleanLines();
        var a = lines.FindIndex(l => l.StartsWith("2026-03-05T08:00:00Z,30000000000011", StringComparison.Ordinal));
        lines[a] = "2026-03-05T08:00:00Z,30000000000011,0.6";
        lines.Insert(a + 1, "2026-03-05T08:00:00Z,30000000000012,0.4");

        var problems = Check(lines).Problems;

        Assert.That(problems.Select(p => (p.Code, p.Line, p.Prm?.Value)), Is.EqualTo(new[] { (KeysCodes.PrmNotMember, a + 2, (string?)TestDataset.ConsumerB) }));
    }

    [Test]
    public void Check_MemberMissingOnAStep_ReportedWithThePrm()
    {
        var lines = CleanLines().Where(l => l != "2026-03-25T09:30:00Z,30000000000011,0.4").ToList();

        var problems = Check(lines).Problems;

        Assert.That(problems.Select(p => (p.Code, p.Prm?.Value, p.Step)), Is.EqualTo(new[] { (KeysCodes.MemberMissing, (string?)TestDataset.ConsumerA, (Instant?)Instant.FromUtc(2026, 3, 25, 9, 30)) }));
    }

    [Test]
    public void Check_ProducerDuplicateAndBadNumbers_EachOnItsLine()
    {
        var lines = CleanLines();
        lines.Add("2026-03-20T12:00:00Z,30000000000001,0");
        lines.Add("2026-03-20T12:00:00Z,30000000000011,0.4");
        lines.Add("2026-03-20T13:00:00Z,30000000000011,1e-1");
        lines.Add("2026-03-20T13:00:00Z,30000000000011,-0.1");
        lines.Add("2026-03-20T13:15:00Z,30000000000011,0");
        lines.Add("2026-04-01T00:00:00Z,30000000000011,0");
        lines.Add("2026-03-20 13:00,30000000000011,0");

        var problems = Check(lines).Problems;

        var n = lines.Count;
        Assert.That(problems.Select(p => (p.Code, p.Line)), Is.EqualTo(new[]
        {
            (KeysCodes.PrmNotConsumer, n - 6), (KeysCodes.Duplicate, n - 5), (KeysCodes.CoefficientFormat, n - 4),
            (KeysCodes.CoefficientNegative, n - 3), (KeysCodes.StartMisaligned, n - 2), (KeysCodes.StartOutside, n - 1), (KeysCodes.StartFormat, n),
        }));
    }

    [Test]
    public void Check_DecimalCommaInSemicolonFile_FormatProblemWithHint()
    {
        var lines = CleanLines().Select(l => l.Replace(',', ';')).ToList();
        var index = lines.FindIndex(l => l.EndsWith(";0.4", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("0.4", "0,4", StringComparison.Ordinal);

        var problems = Check(lines).Problems;

        Assert.That(problems.Select(p => (p.Code, p.Line)), Is.EqualTo(new[] { (KeysCodes.CoefficientFormat, index + 1), (KeysCodes.MemberMissing, 0) }));
        Assert.That(problems[0].Message, Does.Contain("decimal point"));
    }

    [Test]
    public void Check_PercentColumn_SumsAgainstHundred()
    {
        var lines = CleanLines().Select((l, i) => i == 0 ? "start,prm,percent" : Percent(l)).ToList();
        Assert.That(Check(lines).Problems, Is.Empty);

        lines[1] = lines[1][..lines[1].LastIndexOf(',')] + ",100.5";
        var problems = Check(lines).Problems;
        Assert.That(problems.Select(p => p.Code), Is.EqualTo(new[] { KeysCodes.CoefficientAboveOne, KeysCodes.StepMissing }), string.Join("\n", problems.Select(p => p.Message)));
    }

    [Test]
    public void Check_InvalidUtf8Line_EncodingProblemOnThatLine()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join("\r\n", CleanLines()) + "\r\n").ToList();
        var secondLine = bytes.IndexOf((byte)'\n') + 1;
        bytes.Insert(secondLine + 4, 0xE9);

        var problems = KeysChecker.Check(Collective(30), March, "keys.csv", [.. bytes]).Problems;

        Assert.That(problems.Select(p => (p.Code, p.Line)), Does.Contain((KeysCodes.Encoding, 2)));
    }

    [Test]
    public void Check_ThirtyMinuteFileForFifteenMinuteOperation_EveryQuarterPastStepMissing()
    {
        var report = KeysChecker.Check(Collective(15), March, "keys.csv", Encoding.UTF8.GetBytes(string.Join("\n", CleanLines())));

        Assert.That(report.Steps, Is.EqualTo(MarchSteps * 2));
        Assert.That(report.Problems.Select(p => p.Code).Distinct(), Is.EqualTo(new[] { KeysCodes.StepMissing }));
        Assert.That(report.Problems, Has.Length.EqualTo(MarchSteps));
    }

    /// <summary>Header + one line per step for A (0.4, or 1 alone before 10 March) and B (0.6 from 10 March, local days).</summary>
    private static List<string> CleanLines()
    {
        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var lines = new List<string> { "start,prm,coefficient" };
        var end = paris.AtStartOfDay(new LocalDate(2026, 4, 1)).ToInstant();
        for (var t = paris.AtStartOfDay(new LocalDate(2026, 3, 1)).ToInstant(); t < end; t += Duration.FromMinutes(30))
        {
            var stamp = NodaTime.Text.InstantPattern.General.Format(t);
            var bMember = t.InZone(paris).Date >= new LocalDate(2026, 3, 10);
            lines.Add($"{stamp},{TestDataset.ConsumerA},{(bMember ? "0.4" : "1")}");
            if (bMember)
            {
                lines.Add($"{stamp},{TestDataset.ConsumerB},0.6");
            }
        }

        return lines;
    }

    private static string Percent(string line)
    {
        var cut = line.LastIndexOf(',');
        var value = decimal.Parse(line[(cut + 1)..], CultureInfo.InvariantCulture) * 100m;
        return line[..(cut + 1)] + value.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private static KeysCheckReport Check(IEnumerable<string> lines) =>
        KeysChecker.Check(Collective(30), March, "keys.csv", Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

    private static Collective Collective(int stepMinutes)
    {
        var json = TestDataset.CollectiveJson.Replace("\"stepMinutes\": 30", $"\"stepMinutes\": {stepMinutes}", StringComparison.Ordinal);
        var (collective, issues) = CollectiveReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.That(issues, Is.Empty);
        return collective!;
    }
}
