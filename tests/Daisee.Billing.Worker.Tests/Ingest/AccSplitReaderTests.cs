using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Ingest;

/// <summary>The grid operator's ACC split, as CSV and as the ACC API JSON shape.</summary>
[TestFixture]
public sealed class AccSplitReaderTests
{
    [Test]
    public void Read_Csv_GivesOneValuePerNonEmptyCell()
    {
        var log = new ConformityLog();
        var split = AccSplitReader.Read(IngestRun.FixtureEntry("acc-split.csv", AccSplitReader.Folder), IngestRun.Context(), log).ToList();
        var file = log.ToReport().Files.Single();

        Assert.Multiple(() =>
        {
            Assert.That(split, Has.Count.EqualTo(24));
            Assert.That((file.Format, file.RowsRead, file.RowsAccepted, file.IsBalanced), Is.EqualTo(("enedis-acc-csv", 24L, 24L, true)));
            var first = split[0];
            Assert.That((first.Prm.Value, first.Quantity, first.Energy, first.Line), Is.EqualTo(("30000000000011", SplitQuantity.Cons, Energy.FromWattHours(800), 2)));
            Assert.That(first.Step, Is.EqualTo(new Step(Instant.FromUtc(2026, 6, 2, 10, 0), Duration.FromMinutes(30))));
            Assert.That(split.Where(s => s.Quantity == SplitQuantity.Autoprod).Select(s => s.Energy.MilliwattHours), Is.EqualTo(new long[] { 1_200_000, 1_201_000, 1_202_000, 1_203_000 }));
        });
    }

    [Test]
    public void Read_Json_GivesEveryQuantityWithItsPath()
    {
        var log = new ConformityLog();
        var split = AccSplitReader.Read(IngestRun.FixtureEntry("acc-split.json", AccSplitReader.Folder), IngestRun.Context(), log).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(split, Has.Count.EqualTo(12));
            Assert.That(split.Select(s => s.Quantity).Distinct(), Is.EqualTo(new[] { SplitQuantity.Cons, SplitQuantity.Autocons, SplitQuantity.Complement }));
            Assert.That(split.Where(s => s.Quantity == SplitQuantity.Cons).Zip(split.Where(s => s.Quantity == SplitQuantity.Autocons), split.Where(s => s.Quantity == SplitQuantity.Complement))
                .All(t => t.First.Energy == t.Second.Energy + t.Third.Energy), Is.True, "cons = autocons + complement");
            Assert.That(log.ToReport().Files.Single().Format, Is.EqualTo("enedis-acc-json"));
        });
    }

    [Test]
    public void Read_JsonWithABadValue_RejectsItWithItsJsonPath()
    {
        const string json = """{"cons_id":"30000000000012","unit":"Wh","quantities":[{"type":"cons","values":[{"timestamp":"2026-06-02T12:30:00+02:00","value":"-5"}]}]}""";
        var log = new ConformityLog();
        var split = AccSplitReader.Read(IngestRun.TextEntry("enedis-acc/bad.json", json), IngestRun.Context(), log).ToList();
        var issue = log.ToReport().Issues.Single();

        Assert.Multiple(() =>
        {
            Assert.That(split, Is.Empty);
            Assert.That(issue.Code, Is.EqualTo(IssueCodes.ValueInvalid));
            Assert.That(issue.Field, Is.EqualTo("$.quantities[0].values[0].value"));
            Assert.That(issue.Message, Does.StartWith("enedis-acc/bad.json $.quantities[0].values[0].value"));
            Assert.That(log.ToReport().Files.Single().IsBalanced, Is.True);
        });
    }
}
