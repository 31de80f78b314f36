using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Allocation;

/// <summary>
/// End to end through <see cref="BillingPipeline"/> with an in-memory dataset: a dynamic-simple
/// keys file, a storage PRM (charge and discharge curves), the grid operator's split and the
/// provider's own meter. Checks the outputs of issue 4: keys.csv, reconciliation.csv and the
/// summary sections, and that allocation.csv and the bills use the operator's values.
/// </summary>
public sealed class AllocationPipelineTests
{
    private const string Producer = "30000000000001";
    private const string Storage = "30000000000005";
    private const string ConsumerA = "30000000000011";
    private const string ConsumerB = "30000000000012";
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly Instant Start = Paris.AtStartOfDay(new LocalDate(2026, 2, 1)).ToInstant();
    private static readonly Duration HalfHour = Duration.FromMinutes(30);
    private const int Steps = 28 * 48;

    private const string CollectiveJson = """
        {
          "name": "Keys collective", "operationId": "ACC00000042", "timeZone": "Europe/Paris", "stepMinutes": 30,
          "participants": [
            { "prm": "30000000000001", "name": "Roof", "role": "producer", "surplusPriceEurPerKwh": 0.07 },
            { "prm": "30000000000005", "name": "Battery", "role": "storage" },
            { "prm": "30000000000011", "name": "School", "role": "consumer" },
            { "prm": "30000000000012", "name": "Home", "role": "consumer" }
          ],
          "allocation": { "method": "dynamic-simple", "keysFile": "keys/2026-02.csv" },
          "localPrices": [ { "from": "2026-01-01", "classes": { "base": 0.12 } } ],
          "policies": { "gaps": "zero-and-flag", "reconciliationToleranceWh": 1 }
        }
        """;

    [Test]
    public void Run_KeysStorageOperatorSplitAndSite_ReconciledAndBilledOnOperatorValues()
    {
        var outcome = BillingPipeline.Run(new BillingRequest("2026-02", Dataset(), []));

        Assert.That(outcome.ErrorMessage, Is.Null, string.Join("\n", outcome.Conformity.Issues.Select(i => i.Message)));
        var summary = JsonDocument.Parse(outcome.Files["summary.json"]).RootElement;
        var reconciliation = summary.GetProperty("reconciliation");
        Assert.That(reconciliation.GetProperty("billedOn").GetString(), Is.EqualTo("operator-split"));
        Assert.That(reconciliation.GetProperty("differences").GetInt32(), Is.EqualTo(3));
        Assert.That(summary.GetProperty("allocation").GetProperty("stepsWithKeys").GetInt32(), Is.EqualTo(10));
        Assert.That(summary.GetProperty("indicators").GetProperty("selfConsumptionRate").GetDecimal(), Is.GreaterThan(0m));

        var storage = summary.GetProperty("participants").EnumerateArray().Where(e => e.GetProperty("id").GetString() == Storage).ToList();
        Assert.That(storage.Select(e => e.GetProperty("side").GetString()), Is.EqualTo(new[] { "charge", "discharge" }));
        Assert.That(storage[0].TryGetProperty("statement", out _) || storage[1].TryGetProperty("bill", out _), Is.False);
        // Discharge 200 of 2400 per step: pro-rata steps sell 1800 × 200/2400 = 150, keyed steps 1440 × 200/2400 = 120.
        Assert.That(storage[1].GetProperty("selfConsumptionRate").GetDecimal(), Is.EqualTo(decimal.Round(((150m * (Steps - 10)) + (120m * 10)) / (200m * Steps), 4)));

        var rows = Lines(outcome, "reconciliation.csv");
        Assert.That(rows, Is.EqualTo(new[]
        {
            "2026-02-01T09:00:00Z,30000000000011,autocons,engine,1000,900,100",
            "2026-02-01T09:30:00Z,30000000000011,autocons,engine,1000,950,50",
            "2026-02-02T01:30:00Z,30000000000012,cons,site,510,500,10",
        }));
        Assert.That(Lines(outcome, "allocation.csv"), Does.Contain("2026-02-01T09:00:00Z,30000000000011,consumer,1000,900,100"));
        // Keyed steps 0–9: 0.3 × (2200 + 200 discharged) = 720 of 1000; then pro-rata covers everyone; the operator took 150 Wh.
        var school = outcome.Bills.Single(b => b.Participant.Prm.Value == ConsumerA);
        Assert.That(school.LocalEnergy, Is.EqualTo(Energy.FromWattHours((1000 * Steps) - (280 * 10) - 150)));
    }

    [Test]
    public void Run_KeysOut_EveryStepAndConsumerIncludingStorageCharge()
    {
        var outcome = BillingPipeline.Run(new BillingRequest("2026-02", Dataset(), []));

        var keys = Lines(outcome, "keys.csv");
        Assert.That(keys, Has.Length.EqualTo(Steps * 3));
        Assert.That(keys[..3], Is.EqualTo(new[]
        {
            "2026-01-31T23:00:00Z,30000000000005,0.100000",
            "2026-01-31T23:00:00Z,30000000000011,0.300000",
            "2026-01-31T23:00:00Z,30000000000012,0.200000",
        }));
        Assert.That(keys[30..33], Is.EqualTo(new[]
        {
            "2026-02-01T04:00:00Z,30000000000005,0.125000",
            "2026-02-01T04:00:00Z,30000000000011,0.416666",
            "2026-02-01T04:00:00Z,30000000000012,0.208333",
        }));
    }

    [Test]
    public void Run_SameDatasetEntriesInReverseOrder_ByteIdenticalOutputs()
    {
        var first = BillingPipeline.Run(new BillingRequest("2026-02", Dataset(), []));
        var second = BillingPipeline.Run(new BillingRequest("2026-02", [.. Dataset().Reverse()], []));

        Assert.That(second.Files.Keys, Is.EqualTo(first.Files.Keys));
        Assert.That(first.Files.Keys, Does.Contain("keys.csv").And.Contain("reconciliation.csv"));
        foreach (var (name, bytes) in first.Files)
        {
            Assert.That(second.Files[name], Is.EqualTo(bytes), name);
        }
    }

    [Test]
    public void Run_KeysFileMissing_RejectedWithKeysFileMissing()
    {
        var entries = Dataset().Where(e => !e.Path.StartsWith("keys/", StringComparison.Ordinal)).ToImmutableArray();

        var outcome = BillingPipeline.Run(new BillingRequest("2026-02", entries, []));

        Assert.That(outcome.Rejected, Is.True);
        Assert.That(outcome.Conformity.Issues.Select(i => i.Code), Does.Contain(IssueCodes.KeysFileMissing));
    }

    private static string[] Lines(BillingOutcome outcome, string file) =>
        Encoding.UTF8.GetString(outcome.Files[file]).Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];

    private static ImmutableArray<DatasetEntry> Dataset()
    {
        var curves = new StringBuilder("prm;start;end;wh;direction\n");
        var site = new StringBuilder("prm;start;end;wh;direction\n");
        for (var t = 0; t < Steps; t++)
        {
            Curve(curves, Producer, t, 2200, "production");
            Curve(curves, Storage, t, 300, "consumption");
            Curve(curves, Storage, t, 200, "production");
            Curve(curves, ConsumerA, t, 1000, "consumption");
            Curve(curves, ConsumerB, t, 500, "consumption");
            Curve(site, ConsumerB, t, t == 53 ? 510 : 500, "consumption");
        }

        var keys = new StringBuilder("start,prm,coefficient\n");
        for (var t = 0; t < 10; t++)
        {
            var start = NodaTime.Text.InstantPattern.General.Format(Start + (HalfHour * t));
            keys.Append(CultureInfo.InvariantCulture, $"{start},{ConsumerA},0.3\n{start},{ConsumerB},0.2\n{start},{Storage},0.1\n");
        }

        var split = new StringBuilder("Identifiant PRM;Horodate;AUTOCONS\n")
            .Append(CultureInfo.InvariantCulture, $"{ConsumerA};{End(20)};900\n{ConsumerA};{End(21)};950\n{ConsumerA};{End(22)};1000\n");
        return
        [
            Entry("collective.json", CollectiveJson),
            Entry("curves/all.csv", curves.ToString()),
            Entry("enedis-acc/2026-02.csv", split.ToString()),
            Entry("keys/2026-02.csv", keys.ToString()),
            Entry("site/meters.csv", site.ToString()),
        ];
    }

    private static void Curve(StringBuilder text, string prm, int step, int wattHours, string direction) =>
        text.Append(CultureInfo.InvariantCulture, $"{prm};{Stamp(step)};{End(step)};{wattHours};{direction}\n");

    private static string Stamp(int step) => NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Format((Start + (HalfHour * step)).InZone(Paris).ToOffsetDateTime());

    private static string End(int step) => Stamp(step + 1);

    private static DatasetEntry Entry(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new DatasetEntry(path, bytes.Length, () => new MemoryStream(bytes));
    }
}
