using Daisee.Billing.Worker.Domain;
using static Daisee.Billing.Worker.Tests.Validation.ConformityRun;

namespace Daisee.Billing.Worker.Tests.Validation;

/// <summary>Every row- and series-level conformity code is triggered by a minimal file; its issue names the file, the line and the field, and the row accounting balances.</summary>
[TestFixture]
public sealed class ConformityCodeTests
{
    private const string Ok = "2026-06-02T00:30:00+02:00;1000";

    private static readonly object[] Cases =
    [
        new object[] { IssueCodes.LineUnparseable, PortalA(Consumer, "Consommation", "W", "30", "2026-06-02T00:30:00+02:00"), 4, "Valeur" },
        new object[] { IssueCodes.TimestampInvalid, PortalA(Consumer, "Consommation", "W", "30", "2026-06-12T24:30:00+02:00;1536"), 4, "Horodate" },
        new object[] { IssueCodes.TimestampMisaligned, PortalA(Consumer, "Consommation", "W", "30", "2026-06-18T10:17:00+02:00;4132"), 4, "Horodate" },
        new object[] { IssueCodes.ValueMissing, PortalA(Consumer, "Consommation", "W", "30", Ok, "2026-06-02T01:00:00+02:00;"), 5, "Valeur" },
        new object[] { IssueCodes.ValueInvalid, PortalA(Consumer, "Consommation", "W", "30", "2026-06-02T00:30:00+02:00;12a"), 4, "Valeur" },
        new object[] { IssueCodes.ValueNegative, PortalA(Consumer, "Consommation", "W", "30", "2026-06-02T00:30:00+02:00;-7233"), 4, "Valeur" },
        new object[] { IssueCodes.ValueImpossible, PortalA(SmallConsumer, "Consommation", "W", "30", Ok, "2026-06-02T01:00:00+02:00;9000"), 5, "Valeur" },
        new object[] { IssueCodes.UnitUnknown, PortalA(Consumer, "Consommation", "VA", "30", Ok), 2, "Unite" },
        new object[] { IssueCodes.StepUnknown, PortalA(Consumer, "Consommation", "W", "45", Ok), 2, "Pas en minutes" },
        new object[] { IssueCodes.HeaderInvalid, PortalA(Consumer, "Index", "W", "30", Ok), 2, "Grandeur metier" },
        new object[] { IssueCodes.StepTooCoarse, PortalA(Consumer, "Consommation", "W", "60", "2026-06-02T01:00:00+02:00;1000"), 4, "Pas" },
        new object[] { IssueCodes.DuplicateIdentical, PortalA(Consumer, "Consommation", "W", "30", Ok, Ok), 5, "Valeur" },
        new object[] { IssueCodes.DuplicateConflicting, PortalA(Consumer, "Consommation", "W", "30", Ok, "2026-06-02T00:30:00+02:00;1001"), 5, "Valeur" },
        new object[] { IssueCodes.PrmUnknown, PortalA("30000000000099", "Consommation", "W", "30", Ok), 4, "Identifiant PRM" },
        new object[] { IssueCodes.OutsidePeriod, PortalA(Consumer, "Consommation", "W", "30", "2026-07-02T00:30:00+02:00;1000"), 4, "Horodate" },
        new object[] { IssueCodes.OutsideMembership, PortalA(LateConsumer, "Consommation", "W", "30", Ok), 4, "Horodate" },
        new object[] { IssueCodes.DirectionMismatch, PortalA(Consumer, "Production", "W", "30", Ok), 4, "Grandeur metier" },
        new object[] { IssueCodes.StepIncomplete, "prm;start;end;wh\n30000000000011;2026-06-02T00:00:00Z;2026-06-02T00:10:00Z;5\n", 2, "Horodate" },
        new object[] { IssueCodes.PointEstimated, LayoutC("E"), 3, "Nature" },
        new object[] { IssueCodes.PointCorrected, LayoutC("C"), 3, "Nature" },
        new object[] { IssueCodes.FileFormatUnknown, "Releve\nIndex 12\n", 1, "format" },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Assemble_FaultyFile_ReportsTheCodeWithFileLineAndField(string code, string content, int line, string field)
    {
        const string path = "curves/2026-06/faulty.csv";
        var (_, report) = Assemble((path, content));
        var issues = Issues(report, code);

        Assert.That(issues, Is.Not.Empty, $"no {code} among: {string.Join(" | ", report.Issues.Select(i => i.Code + " " + i.Message))}");
        var issue = issues[0];
        Assert.Multiple(() =>
        {
            Assert.That(issue.Source, Is.EqualTo(path));
            Assert.That(issue.Line, Is.EqualTo(line));
            Assert.That(issue.Field, Is.EqualTo(field));
            Assert.That(issue.Message, Does.StartWith($"{path} line {line}:"));
            Assert.That(report.Files.All(f => f.IsBalanced), Is.True, "rowsRead = accepted + rejected + out of scope");
        });
    }

    [Test]
    public void Assemble_MissingSteps_ReportOneGapNamingTheFileAndTheSteps()
    {
        var (curves, report) = Assemble(("curves/a.csv", PortalA(Consumer, "Consommation", "W", "30", Ok)));
        var gaps = Issues(report, IssueCodes.Gap);
        var gap = gaps[0];
        var curve = curves.Curves.Single(c => c.Prm.Value == Consumer);

        Assert.Multiple(() =>
        {
            Assert.That((gap.Source, gap.Field, gap.Prm?.Value), Is.EqualTo(("curves/a.csv", "Horodate", Consumer)));
            Assert.That(gaps, Has.Length.EqualTo(2), "one run before the only point (2 June 00:00), one after");
            Assert.That(gap.Message, Does.Contain("48 missing step(s) from 2026-05-31T22:00:00Z"));
            Assert.That(curve.Flagged.Count(f => f), Is.EqualTo(June.StepCount - 1), "every missing step is flagged, never filled silently");
        });
    }

    [Test]
    public void Assemble_NoFileForAMember_ReportsCurveMissing()
    {
        var (_, report) = Assemble(("curves/a.csv", PortalA(Consumer, "Consommation", "W", "30", Ok)));
        var missing = Issues(report, IssueCodes.CurveMissing).Select(i => (i.Source, i.Field, i.Prm?.Value)).ToList();

        Assert.That(missing, Does.Contain(("curves/*30000000000012*", "curves", SmallConsumer)));
    }

    private static string LayoutC(string nature) =>
        "Identifiant PRM;Date de début;Date de fin;Grandeur physique;Grandeur métier;Etape métier;Unité;Horodate;Valeur;Nature;Pas;Indice de vraisemblance;Etat complémentaire\n"
        + "30000000000011;2026-06-02 00:00:00;2026-06-03 00:00:00;PA;CONS;BRUT;W;2026-06-02 00:30:00;692;B;PT30M;0;0\n"
        + $"30000000000011;2026-06-02 00:00:00;2026-06-03 00:00:00;PA;CONS;BRUT;W;2026-06-02 01:00:00;700;{nature};PT30M;0;0\n";
}
