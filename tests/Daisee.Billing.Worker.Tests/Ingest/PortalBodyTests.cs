using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Ingest;

/// <summary>
/// The portal-export body read from the CSV reader's bytes: energies against hand computations
/// (W × minutes × 1000 / 60 mWh, rounded half away from zero), the rare rows through the shared
/// checks, and rows outside the billed window passed on unparsed.
/// </summary>
[TestFixture]
public sealed class PortalBodyTests
{
    private const string Header = "Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;Grandeur metier;Etape metier;Unite;Pas en minutes\n";

    private static string File(string unit, string step, params string[] rows) =>
        Header + $"30000000000011;Courbe de charge;01/06/2026;01/07/2026;Energie active;Consommation;Comptage Brut;{unit};{step}\nHorodate;Valeur\n" + string.Join('\n', rows) + "\n";

    [TestCase("W", "30", "1234", 617_000L)]        // 1234 W × 30 min = 617 Wh
    [TestCase("W", "30", "007", 3_500L)]           // leading zeros: 7 W × 30 min = 3.5 Wh
    [TestCase("W", "30", "999999999", 499_999_999_500L)] // the largest plain value read from bytes
    [TestCase("W", "30", "1000000000", 500_000_000_000L)] // 1 GW, the limit, read through the decimal path
    [TestCase("W", "30", "12.5", 6_250L)]          // a decimal point: the decimal path
    [TestCase("kW", "15", "2", 500_000L)]          // 2 kW × 15 min = 500 Wh
    [TestCase("W", "10", "1", 167L)]               // 1 W × 10 min = 166.67 mWh → 167
    [TestCase("W", "10", "5", 833L)]               // 5 W × 10 min = 833.33 mWh → 833
    public void Read_PlainValue_GivesTheHandComputedEnergy(string unit, string step, string value, long milliwattHours)
    {
        var minutes = int.Parse(step, System.Globalization.CultureInfo.InvariantCulture);
        var end = Instant.FromUtc(2026, 6, 1, 0, 0).Plus(Duration.FromMinutes(minutes));
        var stamp = end.InZone(IngestRun.Paris).ToString("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>", System.Globalization.CultureInfo.InvariantCulture);
        var (readings, report) = IngestRun.Read(IngestRun.TextEntry("curves/a.csv", File(unit, step, $"{stamp};{value}")), minutes);

        Assert.That(report.Files.Single().RowsRead, Is.EqualTo(1));
        Assert.That(readings, Has.Length.EqualTo(1));
        Assert.That(readings[0].Energy.MilliwattHours, Is.EqualTo(milliwattHours));
        Assert.That(readings[0].Step, Is.EqualTo(new Step(Instant.FromUtc(2026, 6, 1, 0, 0), Duration.FromMinutes(minutes))));
        Assert.That(readings[0].Line, Is.EqualTo(4));
    }

    [Test]
    public void Read_MisalignedStampOfPlainRow_IsRejectedNamingLineAndStamp()
    {
        var (readings, report) = IngestRun.Read(IngestRun.TextEntry("curves/a.csv", File("W", "30", "2026-06-01T02:40:00+02:00;100", "2026-06-01T03:10:00+02:00;100")));

        Assert.That(readings, Is.Empty);
        Assert.That(report.Files.Single().RowsRejected, Is.EqualTo(2));
        var issue = report.Issues.First(i => i.Code == IssueCodes.TimestampMisaligned);
        Assert.That(issue.Message, Does.StartWith("curves/a.csv line 4: Horodate '2026-06-01T02:40:00+02:00' does not bound a 30-minute step"));
    }

    [Test]
    public void Read_RowsOutsideTheWindow_ArePassedOnWithoutReadingTheirValue()
    {
        // June 2026 in Paris: 2026-05-31T22:00Z to 2026-06-30T22:00Z. The first row ends at 00:30 local on 1 June
        // (inside); the second row ends on 1 July at 00:30 local (outside) and holds a value that is not a number.
        var entry = IngestRun.TextEntry("curves/a.csv", File("W", "30", "2026-06-01T00:30:00+02:00;100", "2026-07-01T00:30:00+02:00;abc", "2026-07-01T01:00:00+02:00;-5"));
        var log = new ConformityLog();
        var context = IngestRun.Context() with { Window = new Interval(Instant.FromUtc(2026, 5, 31, 22, 0), Instant.FromUtc(2026, 6, 30, 22, 0)) };
        var readings = CurveFileReader.Default.Read(entry, context, log).ToList();
        var report = log.ToReport();

        Assert.That(readings.Select(r => r.Line), Is.EqualTo(new[] { 4, 5, 6 }));
        Assert.That(readings[0].Energy.MilliwattHours, Is.EqualTo(50_000));
        Assert.That(readings.Skip(1).Select(r => r.Energy), Is.All.EqualTo(Energy.Zero));
        Assert.That(report.Files.Single().RowsRejected, Is.Zero, "outside the window a value is not judged");
        Assert.That(report.Issues, Is.Empty);
    }

    [Test]
    public void Read_SameRowsWithoutWindow_RejectsTheBadValues()
    {
        var entry = IngestRun.TextEntry("curves/a.csv", File("W", "30", "2026-06-01T00:30:00+02:00;100", "2026-07-01T00:30:00+02:00;abc", "2026-07-01T01:00:00+02:00;-5"));
        var (readings, report) = IngestRun.Read(entry);

        Assert.That(readings, Has.Length.EqualTo(1));
        Assert.That(report.Files.Single().RowsRejected, Is.EqualTo(2));
        Assert.That(report.Issues.Select(i => i.Code), Is.EquivalentTo(new[] { IssueCodes.ValueInvalid, IssueCodes.ValueNegative }));
    }
}
