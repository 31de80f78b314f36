using System.Text.Json;
using Daisee.Billing.Worker.Forecast;
using Daisee.Billing.Worker.Tests.Support;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Forecast;

/// <summary>
/// Every figure of the simulator against a hand computation, to the mWh and to the cent.
/// February 2026, three half-hours measured (every other step 0 W): one roof P and three
/// consumers A, B, C (static keys 0.5 / 0.3 / 0.2, priority groups 1 / 2 / 2, energy-only
/// supplier offer 0.20 €/kWh HT, no FTA so TURPE and CTA are « non estimé »), local price
/// base 0.12 €/kWh HT, excise 30.85 €/MWh (≤ 36 kVA, from 1 Feb 2026), VAT 20 %.
/// The collective's own rules (<c>current</c>) are static keys with the unused shares redistributed.
/// <code>
/// step        P       A       B       C     (Wh)
/// 1       60000   20000   30000   10000
/// 2       30000   20000   20000   20000
/// 3           0   10000   10000   10000
/// consumption  A 50 kWh, B 60 kWh, C 40 kWh
///
/// prorata   1: ΣC = P, everyone served      A 20000 B 30000 C 10000  surplus 0
///           2: P/ΣC = 0.5                    A 10000 B 10000 C 10000  surplus 0
///           local A 30, B 40, C 20 = 90 kWh, surplus 0
/// static    1: min(C, k·P): A min(20000, 30000), B min(30000, 18000), C min(10000, 12000)
///                                           A 20000 B 18000 C 10000  surplus 12000
///           2: k·P = 15000 / 9000 / 6000     A 15000 B  9000 C  6000  surplus 0
///           local A 35, B 27, C 16 = 78 kWh, surplus 12 kWh
/// cascade   1: A first (20000), 40000 left for B + C (40000)   A 20000 B 30000 C 10000
///           2: A 20000, 10000 left pro rata of 20000 / 20000   A 20000 B  5000 C  5000
///           local A 40, B 35, C 15 = 90 kWh, surplus 0
/// current   1: static shares, then A's 10000 and C's 2000 unused go to B, the only one short
///                                           A 20000 B 30000 C 10000  surplus 0
///           2: as static                     A 15000 B  9000 C  6000  surplus 0
///           local A 35, B 39, C 16 = 90 kWh, surplus 0
/// </code>
/// Each bill: energy = kWh × price, excise = kWh × 0.03085, VAT = 20 % × (energy + excise),
/// each line rounded to the cent half away from zero (docs/billing.md), the total the sum of the lines.
/// <code>
/// without (all consumption at 0.20): A 10.00 + 1.54 (1.5425) + 2.31 (2.308) = 13.85
///                                    B 12.00 + 1.85 (1.851)  + 2.77 (2.770) = 16.62
///                                    C  8.00 + 1.23 (1.234)  + 1.85 (1.846) = 11.08
/// </code>
/// Saving = without − local invoice − supplier's bill with the collective (complement at 0.20):
/// <code>
/// prorata A local 30: 3.60 + 0.93 (0.9255) + 0.91 (0.906) = 5.44; with 20: 4.00 + 0.62 (0.617) + 0.92 (0.924) = 5.54; 13.85 − 5.44 − 5.54 = 2.87
///         B local 40: 4.80 + 1.23 (1.234)  + 1.21 (1.206) = 7.24; with 20: 5.54;                                      16.62 − 7.24 − 5.54 = 3.84
///         C local 20: 2.40 + 0.62 (0.617)  + 0.60 (0.604) = 3.62; with 20: 5.54;                                      11.08 − 3.62 − 5.54 = 1.92
/// static  A local 35: 4.20 + 1.08 (1.07975) + 1.06 (1.056) = 6.34; with 15: 3.00 + 0.46 (0.46275) + 0.69 (0.692) = 4.15; 13.85 − 6.34 − 4.15 = 3.36
///         B local 27: 3.24 + 0.83 (0.83295) + 0.81 (0.814) = 4.88; with 33: 6.60 + 1.02 (1.01805) + 1.52 (1.524) = 9.14; 16.62 − 4.88 − 9.14 = 2.60
///         C local 16: 1.92 + 0.49 (0.4936)  + 0.48 (0.482) = 2.89; with 24: 4.80 + 0.74 (0.7404)  + 1.11 (1.108) = 6.65; 11.08 − 2.89 − 6.65 = 1.54
/// cascade A local 40: 7.24 (as prorata B);                       with 10: 2.00 + 0.31 (0.3085) + 0.46 (0.462) = 2.77;  13.85 − 7.24 − 2.77 = 3.84
///         B local 35: 6.34 (as static A);                        with 25: 5.00 + 0.77 (0.77125) + 1.15 (1.154) = 6.92; 16.62 − 6.34 − 6.92 = 3.36
///         C local 15: 1.80 + 0.46 (0.46275) + 0.45 (0.452) = 2.71; with 25: 6.92;                                       11.08 − 2.71 − 6.92 = 1.45
/// current A as static A: 3.36; C as static C: 1.54
///         B local 39: 4.68 + 1.20 (1.20315) + 1.18 (1.176) = 7.06; with 21: 4.20 + 0.65 (0.64785) + 0.97 (0.970) = 5.82; 16.62 − 7.06 − 5.82 = 3.74
/// </code>
/// </summary>
[TestFixture]
public sealed class PolicySavingsHandCaseTests
{
    private const string A = "30000000000011";
    private const string B = "30000000000012";
    private const string C = "30000000000013";

    private const string Collective = """
        {
          "name": "Hand case", "operationId": "ACC00000078", "timeZone": "Europe/Paris", "stepMinutes": 30,
          "participants": [
            { "prm": "30000000000001", "name": "Roof", "role": "producer", "surplusPriceEurPerKwh": 0.07 },
            { "prm": "30000000000011", "name": "A", "role": "consumer", "staticKey": 0.5, "priorityGroup": 1, "supplierPriceEurPerKwh": 0.20 },
            { "prm": "30000000000012", "name": "B", "role": "consumer", "staticKey": 0.3, "priorityGroup": 2, "supplierPriceEurPerKwh": 0.20 },
            { "prm": "30000000000013", "name": "C", "role": "consumer", "staticKey": 0.2, "priorityGroup": 2, "supplierPriceEurPerKwh": 0.20 }
          ],
          "allocation": { "method": "static", "staticUnused": "redistribute" },
          "localPrices": [ { "from": "2026-01-01", "classes": { "base": 0.12 } } ]
        }
        """;

    private static readonly Lazy<JsonDocument> Result = new(Simulate);

    [TestCase("prorata", 30, 40, 20, 0)]
    [TestCase("static", 35, 27, 16, 12)]
    [TestCase("cascade", 40, 35, 15, 0)]
    [TestCase("current", 35, 39, 16, 0)]
    public void Simulate_HandCase_LocalComplementAndSurplusKwhAsByHand(string policy, int aKwh, int bKwh, int cKwh, int surplusKwh)
    {
        var p = Policy(policy);

        Assert.Multiple(() =>
        {
            Assert.That(Member(p, A).GetProperty("localKwh").GetDecimal(), Is.EqualTo(aKwh));
            Assert.That(Member(p, B).GetProperty("localKwh").GetDecimal(), Is.EqualTo(bKwh));
            Assert.That(Member(p, C).GetProperty("localKwh").GetDecimal(), Is.EqualTo(cKwh));
            Assert.That(Member(p, A).GetProperty("complementKwh").GetDecimal(), Is.EqualTo(50 - aKwh));
            Assert.That(Member(p, B).GetProperty("complementKwh").GetDecimal(), Is.EqualTo(60 - bKwh));
            Assert.That(Member(p, C).GetProperty("complementKwh").GetDecimal(), Is.EqualTo(40 - cKwh));
            Assert.That(p.GetProperty("localKwh").GetDecimal(), Is.EqualTo(aKwh + bKwh + cKwh));
            Assert.That(p.GetProperty("surplusKwh").GetDecimal(), Is.EqualTo(surplusKwh));
            Assert.That(p.GetProperty("productionKwh").GetDecimal(), Is.EqualTo(90m));
            Assert.That(p.GetProperty("consumptionKwh").GetDecimal(), Is.EqualTo(150m));
        });
    }

    [TestCase("prorata", "2.87", "3.84", "1.92")]
    [TestCase("static", "3.36", "2.60", "1.54")]
    [TestCase("cascade", "3.84", "3.36", "1.45")]
    [TestCase("current", "3.36", "3.74", "1.54")]
    public void Simulate_HandCase_EachMembersSavingToTheCent(string policy, string a, string b, string c)
    {
        var p = Policy(policy);
        var expected = new[] { a, b, c }.Select(s => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(Member(p, A).GetProperty("savingEur").GetDecimal(), Is.EqualTo(expected[0]));
            Assert.That(Member(p, B).GetProperty("savingEur").GetDecimal(), Is.EqualTo(expected[1]));
            Assert.That(Member(p, C).GetProperty("savingEur").GetDecimal(), Is.EqualTo(expected[2]));
            Assert.That(p.GetProperty("savingEur").GetDecimal(), Is.EqualTo(expected.Sum()));
        });
    }

    private static JsonElement Policy(string name) =>
        Result.Value.RootElement.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("policy").GetString() == name);

    private static JsonElement Member(JsonElement policy, string prm) =>
        policy.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("prm").GetString() == prm);

    /// <summary>Watts = Wh × 2 over a half-hour; step i = 1 is 00:00–00:30 on 1 February (Paris).</summary>
    private static JsonDocument Simulate()
    {
        using var dataset = new TestDataset();
        dataset.WriteCollective(Collective);
        var february = new YearMonth(2026, 2);
        dataset.WriteCurve(TestDataset.Producer, "Production", february, i => i switch { 1 => 120000, 2 => 60000, _ => 0 });
        dataset.WriteCurve(A, "Consommation", february, i => i switch { 1 or 2 => 40000, 3 => 20000, _ => 0 });
        dataset.WriteCurve(B, "Consommation", february, i => i switch { 1 => 60000, 2 => 40000, 3 => 20000, _ => 0 });
        dataset.WriteCurve(C, "Consommation", february, i => i switch { 1 => 20000, 2 => 40000, 3 => 20000, _ => 0 });

        var outcome = PlanningPipeline.Run(["--simulate", "--month", "2026-02"], Entries.FromFolder(dataset.Folder), []);

        Assert.That(outcome.ErrorMessage, Is.Null);
        return JsonDocument.Parse(outcome.Files[SimulationFiles.JsonName]);
    }
}
