using System.Globalization;
using Daisee.Billing.Worker.Output;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Daisee.Billing.Worker.Tests.Validation.ConformityRun;

namespace Daisee.Billing.Worker.Tests.Validation;

/// <summary>
/// Properties of ingest + assembly on generated curves: row order and file boundaries do not
/// change the clean curves (byte for byte), and every row of generated faulty data is accounted for.
/// </summary>
[TestFixture]
public sealed class CurvePropertyTests
{
    private static readonly Instant JuneStart = Instant.FromUtc(2026, 5, 31, 22, 0);

    /// <summary>Distinct half-hour indexes of June with a power in W, as layout-A rows.</summary>
    private static Gen<(int Step, int Watts)[]> Points =>
        from count in Gen.Choose(1, 60)
        from steps in Gen.Choose(0, 1439).ArrayOf(count)
        from watts in Gen.Choose(0, 9000).ArrayOf(count)
        select steps.Zip(watts).DistinctBy(p => p.First).Select(p => (p.First, p.Second)).ToArray();

    [Test]
    public void Assemble_ShuffledRows_GiveIdenticalCurvesAndReportBytes()
    {
        var gen = from points in Points
                  from order in Gen.Shuffle(points)
                  select (points, order);
        Prop.ForAll(gen.ToArbitrary(), c => Shuffled(c.points, c.order)).QuickCheckThrowOnFailure();
    }

    [TestCase(new[] { 3, 1, 2 }, new[] { 100, 200, 300 })]
    public void Assemble_KeptShuffleCase_GivesIdenticalBytes(int[] steps, int[] watts) =>
        Assert.That(Shuffled([.. steps.Zip(watts)], [.. steps.Zip(watts).Reverse()]), Is.True);

    [Test]
    public void Assemble_FileSplitInSeveral_GivesTheSameCurves()
    {
        var gen = from points in Points
                  from files in Gen.Choose(0, 4)
                  from cuts in Gen.Choose(0, 60).ArrayOf(files)
                  select (points, cuts);
        Prop.ForAll(gen.ToArbitrary(), c => Split(c.points, c.cuts)).QuickCheckThrowOnFailure();
    }

    [Test]
    public void Assemble_GeneratedFaultyRows_AreAllAccountedFor()
    {
        var gen = from faults in Gen.Choose(0, 8).ArrayOf()
                  from watts in Gen.Choose(0, 5000)
                  select (faults, watts);
        Prop.ForAll(gen.ToArbitrary(), c => Accounted(c.faults, c.watts)).QuickCheckThrowOnFailure();
    }

    [TestCase(new[] { 0, 7, 7, 1, 2, 3, 4, 5, 6, 8 }, 10)]
    public void Assemble_KeptFaultyCase_IsAccountedFor(int[] faults, int watts) =>
        Assert.That(Accounted(faults, watts), Is.True);

    private static bool Shuffled((int Step, int Watts)[] points, (int Step, int Watts)[] order)
    {
        var a = Assemble(("curves/a.csv", File(points)));
        var b = Assemble(("curves/a.csv", File(order)));
        return CurvesCsvWriter.Write(a.Curves).AsSpan().SequenceEqual(CurvesCsvWriter.Write(b.Curves))
            && ConformityWriter.WriteJson(a.Report).AsSpan().SequenceEqual(ConformityWriter.WriteJson(b.Report));
    }

    private static bool Split((int Step, int Watts)[] points, int[] cuts)
    {
        var whole = Assemble(("curves/whole.csv", File(points)));
        var bounds = cuts.Select(c => c % (points.Length + 1)).Append(0).Append(points.Length).Distinct().Order().ToArray();
        var parts = bounds.Zip(bounds.Skip(1))
            .Select((b, i) => ($"curves/part{i:D2}.csv", File(points[b.First..b.Second])))
            .ToArray();
        var split = Assemble(parts);
        return CurvesCsvWriter.Write(whole.Curves).AsSpan().SequenceEqual(CurvesCsvWriter.Write(split.Curves))
            && split.Report.RowsAccepted == points.Length;
    }

    /// <summary>Fault kinds: 0 ok, 1 negative, 2 empty, 3 bad stamp, 4 misaligned, 5 garbage, 6 outside June, 7 duplicate of step 0, 8 over the subscribed power.</summary>
    private static bool Accounted(int[] faults, int watts)
    {
        var rows = faults.Select((f, i) => Row(f, i + 1, watts)).ToArray();
        var (_, report) = Assemble(("curves/faulty.csv", PortalA(SmallConsumer, "Consommation", "W", "30", rows)), ("curves/other.csv", PortalA("30000000000099", "Consommation", "W", "30", rows)));
        return report.Files.All(f => f.IsBalanced && f.RowsRead == rows.Length) && report.RowsRead == 2L * rows.Length;
    }

    private static string Row(int fault, int step, int watts)
    {
        string Stamp(int s) => Format(JuneStart + Duration.FromMinutes(30 * (s + 1)));
        return fault switch
        {
            1 => $"{Stamp(step)};-{watts + 1}",
            2 => $"{Stamp(step)};",
            3 => $"2026-06-31T10:00:00+02:00;{watts}",
            4 => $"{Format(JuneStart + Duration.FromMinutes((30 * step) + 7))};{watts}",
            5 => "not a row at all",
            6 => $"{Format(JuneStart - Duration.FromMinutes(30 * step))};{watts}",
            7 => $"{Stamp(0)};{watts}",
            8 => $"{Stamp(step)};{watts + 20000}",
            _ => $"{Stamp(step)};{watts}",
        };
    }

    private static string File((int Step, int Watts)[] points) =>
        PortalA(Consumer, "Consommation", "W", "30", [.. points.Select(p => $"{Format(JuneStart + Duration.FromMinutes(30 * (p.Step + 1)))};{p.Watts}")]);

    private static string Format(Instant end) =>
        end.InZone(Ingest.IngestRun.Paris).ToOffsetDateTime().ToString("uuuu'-'MM'-'dd'T'HH':'mm':'sso<G>", CultureInfo.InvariantCulture);
}
