using System.Text.Json;
using Daisee.Billing.Worker.Forecast;
using Daisee.Billing.Worker.Tests.Support;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Forecast;

/// <summary>
/// The simulator on a hand-made February 2026 (28 × 48 half-hours, no DST change): a roof
/// producing 6000 W (3000 Wh a step), two consumers drawing 4000 W (2000 Wh a step) each;
/// static keys A 0.5, B 0.25; A in priority group 1, B in group 2; A financed 3 parts, B 1.
/// Per step by hand: prorata A 1500 / B 1500 / surplus 0; static A 1500 / B 750 / surplus 750;
/// cascade A 2000 / B 1000 / surplus 0. A month is 1344 steps. The savings in euros are checked
/// to the cent on a smaller case: <see cref="PolicySavingsHandCaseTests"/>.
/// </summary>
[TestFixture]
public sealed class PolicySimulatorTests
{
    private const int Steps = 28 * 48;

    private const string Collective = """
        {
          "name": "Hand case", "operationId": "ACC00000077", "timeZone": "Europe/Paris", "stepMinutes": 30,
          "participants": [
            { "prm": "30000000000001", "name": "Roof", "role": "producer", "surplusPriceEurPerKwh": 0.07 },
            { "prm": "30000000000011", "name": "A", "role": "consumer", "staticKey": 0.5, "priorityGroup": 1, "investmentShare": 3, "supplierPriceEurPerKwh": 0.20 },
            { "prm": "30000000000012", "name": "B", "role": "consumer", "staticKey": 0.25, "priorityGroup": 2, "investmentShare": 1, "supplierPriceEurPerKwh": 0.20 }
          ],
          "allocation": { "method": "prorata" },
          "localPrices": [ { "from": "2026-01-01", "classes": { "base": 0.12 } } ]
        }
        """;

    private static readonly Lazy<JsonDocument> Result = new(Simulate);

    [TestCase("prorata", 1500, 1500, 0)]
    [TestCase("static", 1500, 750, 750)]
    [TestCase("cascade", 2000, 1000, 0)]
    [TestCase("current", 1500, 1500, 0)]
    public void Simulate_HandCase_LocalAndSurplusAsComputedByHand(string policy, int aWh, int bWh, int surplusWh)
    {
        var p = Policy(policy);

        Assert.Multiple(() =>
        {
            Assert.That(Member(p, "30000000000011").GetProperty("localKwh").GetDecimal(), Is.EqualTo(aWh * Steps / 1000m));
            Assert.That(Member(p, "30000000000012").GetProperty("localKwh").GetDecimal(), Is.EqualTo(bWh * Steps / 1000m));
            Assert.That(p.GetProperty("surplusKwh").GetDecimal(), Is.EqualTo(surplusWh * Steps / 1000m));
            Assert.That(Member(p, "30000000000011").GetProperty("complementKwh").GetDecimal(), Is.EqualTo((2000 - aWh) * Steps / 1000m));
            Assert.That(p.GetProperty("productionKwh").GetDecimal(), Is.EqualTo(3000m * Steps / 1000m));
        });
    }

    [TestCase("prorata", 0.5, 0.5)]
    [TestCase("static", 0.6667, 0.3333)]
    [TestCase("cascade", 0.6667, 0.3333)]
    public void Simulate_HandCase_FairnessShares(string policy, decimal aLocalShare, decimal bLocalShare)
    {
        var p = Policy(policy);
        var a = Member(p, "30000000000011");
        var b = Member(p, "30000000000012");

        Assert.Multiple(() =>
        {
            Assert.That(a.GetProperty("localShare").GetDecimal(), Is.EqualTo(aLocalShare));
            Assert.That(b.GetProperty("localShare").GetDecimal(), Is.EqualTo(bLocalShare));
            Assert.That(a.GetProperty("consumptionShare").GetDecimal(), Is.EqualTo(0.5m));
            Assert.That(a.GetProperty("investmentShare").GetDecimal(), Is.EqualTo(0.75m));
            Assert.That(b.GetProperty("investmentShare").GetDecimal(), Is.EqualTo(0.25m));
        });
    }

    [Test]
    public void Simulate_PastMonth_UsesTheMeasuredCurves()
    {
        Assert.That(Result.Value.RootElement.GetProperty("curves").GetString(), Is.EqualTo("measured"));
    }

    private static JsonElement Policy(string name) =>
        Result.Value.RootElement.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("policy").GetString() == name);

    private static JsonElement Member(JsonElement policy, string prm) =>
        policy.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("prm").GetString() == prm);

    private static JsonDocument Simulate()
    {
        using var dataset = new TestDataset();
        dataset.WriteCollective(Collective);
        var february = new YearMonth(2026, 2);
        dataset.WriteCurve(TestDataset.Producer, "Production", february, _ => 6000);
        dataset.WriteCurve(TestDataset.ConsumerA, "Consommation", february, _ => 4000);
        dataset.WriteCurve(TestDataset.ConsumerB, "Consommation", february, _ => 4000);

        var outcome = PlanningPipeline.Run(["--simulate", "--month", "2026-02"], Entries.FromFolder(dataset.Folder), []);

        Assert.That(outcome.ErrorMessage, Is.Null);
        return JsonDocument.Parse(outcome.Files[SimulationFiles.JsonName]);
    }
}
