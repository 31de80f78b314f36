using System.Text;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;

namespace Daisee.Billing.Worker.Tests.Validation;

/// <summary>collective.json is validated up front: every problem at once, each with its JSON path.</summary>
[TestFixture]
public sealed class CollectiveValidationTests
{
    private const string Broken = """
        {
          "name": "",
          "stepMinutes": 20,
          "timeZone": "Europe/Lyon",
          "participants": [
            { "prm": "3000000000001", "name": "Roof", "role": "producer" },
            { "prm": "30000000000011", "name": "Office", "role": "client", "joined": "2026-13-01", "tariffOption": "tempo" },
            { "prm": "30000000000012", "name": "Flat", "role": "consumer", "subscribedKva": 0 }
          ],
          "allocation": { "method": "dynamic-simple" },
          "localPrices": [ { "from": "2026-01-01", "classes": { "HP": 0.15, "HC": 0.11 }, "offPeak": ["22h-6h"] } ],
          "regulated": { "turpeOption": "cu4" },
          "policies": { "gaps": "interpolate" }
        }
        """;

    [TestCase("name")]
    [TestCase("stepMinutes")]
    [TestCase("timeZone")]
    [TestCase("participants[0].prm")]
    [TestCase("participants[1].role")]
    [TestCase("participants[1].joined")]
    [TestCase("participants[1].tariffOption")]
    [TestCase("participants[2].subscribedKva")]
    [TestCase("allocation.keysFile")]
    [TestCase("localPrices[0].offPeak[0]")]
    [TestCase("regulated.turpeOption")]
    [TestCase("policies.gaps")]
    public void Read_BrokenCollective_ReportsEveryProblemWithItsJsonPath(string path)
    {
        var (collective, issues) = Read(Broken);

        Assert.Multiple(() =>
        {
            Assert.That(collective, Is.Null);
            Assert.That(issues.Select(i => i.Field), Does.Contain(path), string.Join(" | ", issues.Select(i => i.Field)));
            Assert.That(issues.Where(i => i.Field == path).Select(i => i.Message), Has.All.StartWith($"collective.json: {path}: "));
            Assert.That(issues.Select(i => i.Code), Is.All.EqualTo(IssueCodes.CollectiveInvalid));
            Assert.That(issues.Select(i => i.Severity), Is.All.EqualTo(Severity.Error));
        });
    }

    [Test]
    public void Read_WrongJsonTypes_AreAllReportedWithTheirPaths()
    {
        var (collective, issues) = Read("""
            { "name": "x", "stepMinutes": "thirty",
              "participants": [ { "prm": 30000000000011, "name": "A", "role": "consumer", "staticKey": "0.5" } ],
              "localPrices": [ { "from": "2026-01-01", "classes": { "base": "0.12" }, "offPeak": [22] } ],
              "regulated": { "vat": "yes" } }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(collective, Is.Null);
            // The schema names the exact value: the price inside classes, the range inside offPeak.
            Assert.That(issues.Select(i => i.Field), Is.EquivalentTo(new[]
            {
                "stepMinutes", "participants[0].prm", "participants[0].staticKey", "localPrices[0].classes.base", "localPrices[0].offPeak[0]", "regulated.vat",
            }), string.Join("\n", issues.Select(i => i.Message)));
            Assert.That(issues.Single(i => i.Field == "participants[0].staticKey").Message, Is.EqualTo("collective.json: participants[0].staticKey: must be a number, found a string \"0.5\"."));
        });
    }

    [Test]
    public void Read_SampleCollective_IsValidAndKeepsExtraFields()
    {
        using var json = File.OpenRead(RepositoryRoot.Combine("samples", "villeurbanne", "collective.json"));
        var (collective, issues) = CollectiveReader.Read(json);

        Assert.Multiple(() =>
        {
            Assert.That(issues, Is.Empty);
            Assert.That(collective!.Participants.Any(p => p.SubscribedKva is not null), Is.True);
        });
    }

    private static (Collective? Collective, System.Collections.Immutable.ImmutableArray<Issue> Issues) Read(string text)
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return CollectiveReader.Read(json);
    }
}
