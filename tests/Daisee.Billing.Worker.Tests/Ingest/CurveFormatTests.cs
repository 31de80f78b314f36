using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Ingest;

/// <summary>Each grid operator format, read from a small realistic fixture: detection from content, normalised UTC steps, exact energies, flags.</summary>
[TestFixture]
public sealed class CurveFormatTests
{
    [TestCase("portal-a-step-change.csv", "enedis-portal-a", 24)]
    [TestCase("portal-b-dst-march.csv", "enedis-portal-b", 46)]
    [TestCase("portal-c-dst-october.csv", "enedis-portal-c", 50)]
    [TestCase("r50.xml", "enedis-sge-r50", 48)]
    [TestCase("r4q.xml", "enedis-sge-r4x", 36)]
    [TestCase("generic-comma.csv", "generic", 8)]
    [TestCase("generic-semicolon.csv", "generic", 4)]
    public void Read_Fixture_DetectsFormatAndAcceptsEveryRow(string file, string format, int rows)
    {
        var (readings, report) = IngestRun.Read(IngestRun.FixtureEntry(file));

        Assert.Multiple(() =>
        {
            Assert.That(report.Files.Single().Format, Is.EqualTo(format));
            Assert.That(report.Files.Single().RowsRead, Is.EqualTo(rows));
            Assert.That(readings, Has.Length.EqualTo(rows));
            Assert.That(report.Issues, Is.Empty);
        });
    }

    [Test]
    public void Read_DetectionIgnoresTheFileName_LayoutCNamedLikeXml()
    {
        var entry = IngestRun.FixtureEntry("portal-c-dst-october.csv") with { Path = "curves/export.xml" };

        Assert.That(IngestRun.Read(entry).Report.Files.Single().Format, Is.EqualTo("enedis-portal-c"));
    }

    [Test]
    public void Read_PortalAWithCommaSeparatorAndLatin1_IsDetectedAndRead()
    {
        const string content = "Identifiant PRM,Type de données,Date de début,Date de fin,Grandeur physique,Grandeur métier,Etape métier,Unité,Pas en minutes\r\n"
            + "30000000000011,Courbe de charge,02/06/2026,02/06/2026,Energie active,Consommation,Comptage Brut,kW,30\r\n"
            + "Horodate,Valeur\r\n2026-06-02T00:30:00+02:00,2\r\n";
        var (readings, report) = IngestRun.Read(IngestRun.TextEntry("curves/latin.csv", content, System.Text.Encoding.Latin1));

        Assert.Multiple(() =>
        {
            Assert.That(report.Files.Single().Format, Is.EqualTo("enedis-portal-a"));
            Assert.That(readings.Single().Energy, Is.EqualTo(Energy.FromWattHours(1000)), "2 kW over 30 minutes");
            Assert.That(readings.Single().Line, Is.EqualTo(4));
        });
    }

    [Test]
    public void Read_PortalAWithMidFileStepChange_SwitchesFrom10To30Minutes()
    {
        var readings = IngestRun.Read(IngestRun.FixtureEntry("portal-a-step-change.csv")).Readings;

        Assert.Multiple(() =>
        {
            Assert.That(readings.Take(18).Select(r => r.Step.Length), Is.All.EqualTo(Duration.FromMinutes(10)));
            Assert.That(readings.Skip(18).Select(r => r.Step.Length), Is.All.EqualTo(Duration.FromMinutes(30)));
            Assert.That(readings[0].Step.Start, Is.EqualTo(IngestRun.Utc(2026, 6, 1, 22, 0)));
            Assert.That(readings[0].Energy, Is.EqualTo(Energy.FromWattHours(100)), "600 W over 10 minutes");
            Assert.That(readings[18].Step.Start, Is.EqualTo(IngestRun.Utc(2026, 6, 2, 1, 0)), "03:00+02:00, the end of the last 10-minute step");
            Assert.That(readings[18].Energy, Is.EqualTo(Energy.FromWattHours(500)), "1000 W over 30 minutes");
            Assert.That(readings.Select(r => r.Direction), Is.All.EqualTo(Direction.Consumption));
        });
    }

    [Test]
    public void Read_PortalBOnTheSpringDstDay_Gives46ContiguousHalfHours()
    {
        var readings = IngestRun.Read(IngestRun.FixtureEntry("portal-b-dst-march.csv")).Readings;

        Assert.Multiple(() =>
        {
            Assert.That(readings[0].Step.Start, Is.EqualTo(IngestRun.Utc(2026, 3, 28, 23, 0)));
            Assert.That(readings[^1].Step.End, Is.EqualTo(IngestRun.Utc(2026, 3, 29, 22, 0)), "23 hours later: midnight +02:00");
            Assert.That(readings.Zip(readings.Skip(1)).All(p => p.First.Step.End == p.Second.Step.Start), Is.True);
            Assert.That(readings.Select(r => r.Direction), Is.All.EqualTo(Direction.Production), "the preamble says 'Courbe de production'");
        });
    }

    [Test]
    public void Read_PortalCOnTheAutumnDstDay_ResolvesTheRepeatedHourByOrder()
    {
        var readings = IngestRun.Read(IngestRun.FixtureEntry("portal-c-dst-october.csv")).Readings;
        var starts = readings.Select(r => r.Step.Start).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(starts, Is.Unique);
            Assert.That(readings.Zip(readings.Skip(1)).All(p => p.First.Step.End == p.Second.Step.Start), Is.True);
            Assert.That(readings[3].Step.End, Is.EqualTo(IngestRun.Utc(2026, 10, 25, 0, 0)), "first 02:00 = 02:00+02:00");
            Assert.That(readings[5].Step.End, Is.EqualTo(IngestRun.Utc(2026, 10, 25, 1, 0)), "second 02:00 = 02:00+01:00");
            Assert.That(readings[^1].Step.End, Is.EqualTo(IngestRun.Utc(2026, 10, 25, 23, 0)), "25 hours after midnight +02:00");
            Assert.That(readings[20].Quality, Is.EqualTo(ReadingQuality.Estimated), "Nature E");
            Assert.That(readings[0].Energy, Is.EqualTo(Energy.FromWattHours(200)), "400 W over 30 minutes, from a Latin-1 file");
        });
    }

    [Test]
    public void Read_R50_EndStampsInWattsWithLikelihoodIndex()
    {
        var readings = IngestRun.Read(IngestRun.FixtureEntry("r50.xml")).Readings;

        Assert.Multiple(() =>
        {
            Assert.That(readings[0].Prm.Value, Is.EqualTo("30000000000013"));
            Assert.That(readings[0].Step, Is.EqualTo(new Step(IngestRun.Utc(2026, 6, 1, 22, 0), Duration.FromMinutes(30))));
            Assert.That(readings[0].Energy, Is.EqualTo(Energy.FromWattHours(150)), "300 W over 30 minutes");
            Assert.That(readings[0].Line, Is.EqualTo(5), "the line of the first PDC element");
            Assert.That(readings[10].Quality, Is.EqualTo(ReadingQuality.Estimated), "IV 1");
            Assert.That(readings.Count(r => r.Quality != ReadingQuality.Measured), Is.EqualTo(1));
        });
    }

    [Test]
    public void Read_R4x_StartStampsInKilowattsWithStatus()
    {
        var readings = IngestRun.Read(IngestRun.FixtureEntry("r4q.xml")).Readings;

        Assert.Multiple(() =>
        {
            Assert.That(readings[0].Step, Is.EqualTo(new Step(IngestRun.Utc(2026, 6, 1, 22, 0), Duration.FromMinutes(10))), "start of interval");
            Assert.That(readings[0].Energy, Is.EqualTo(Energy.FromWattHours(2000)), "12 kW over 10 minutes");
            Assert.That(readings[7].Quality, Is.EqualTo(ReadingQuality.Corrected), "Statut_Point C");
            Assert.That(readings.Select(r => r.Direction), Is.All.EqualTo(Direction.Consumption));
        });
    }

    [Test]
    public void Read_GenericWithDecimalCommaAndOffsets_IsExactToTheMilliwattHour()
    {
        var readings = IngestRun.Read(IngestRun.FixtureEntry("generic-semicolon.csv")).Readings;

        Assert.Multiple(() =>
        {
            Assert.That(readings[0].Step, Is.EqualTo(new Step(IngestRun.Utc(2026, 6, 2, 8, 0), Duration.FromMinutes(30))));
            Assert.That(readings.Select(r => r.Energy.MilliwattHours), Is.EqualTo(new long[] { 200_250, 201_250, 202_250, 203_250 }));
        });
    }

    [Test]
    public void Read_GenericWithoutDirectionColumn_TakesTheRoleFromTheCollective()
    {
        var readings = IngestRun.Read(IngestRun.FixtureEntry("generic-comma.csv")).Readings;

        Assert.That(readings.Select(r => r.Direction), Is.All.EqualTo(Direction.Production));
    }

    [Test]
    public void Read_UnknownFormat_CountsEveryLineAsReadAndRejected()
    {
        var report = IngestRun.Read(IngestRun.FixtureEntry("unknown.txt")).Report;
        var file = report.Files.Single();

        Assert.Multiple(() =>
        {
            Assert.That((file.Format, file.RowsRead, file.RowsRejected, file.IsBalanced), Is.EqualTo(("unknown", 4L, 4L, true)));
            Assert.That(report.Issues.Single().Code, Is.EqualTo(IssueCodes.FileFormatUnknown));
            Assert.That(report.Issues.Single().Message, Does.Contain("curves/unknown.txt line 1"));
        });
    }
}
