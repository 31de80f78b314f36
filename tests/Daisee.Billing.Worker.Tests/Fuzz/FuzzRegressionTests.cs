using System.Text;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Tests.Ingest;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker.Tests.Fuzz;

/// <summary>
/// Every input the fuzzer (scripts/fuzz.sh) made crash a reader, kept under <c>Fuzz/Regressions/</c>:
/// each now goes through every reader of the front door without an exception, with its rows
/// accounted for; and the two faults behind them are pinned on minimal rows.
/// </summary>
[TestFixture]
public sealed class FuzzRegressionTests
{
    private static IEnumerable<string> Inputs() =>
        Directory.EnumerateFiles(RepositoryRoot.Combine("tests", "Daisee.Billing.Worker.Tests", "Fuzz", "Regressions")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Inputs))]
    public void EveryReader_CrashingInputOfTheFuzzer_EndsInIssuesWithEveryRowAccountedFor(string name)
    {
        var bytes = File.ReadAllBytes(RepositoryRoot.Combine("tests", "Daisee.Billing.Worker.Tests", "Fuzz", "Regressions", name));
        var log = new ConformityLog();
        var curves = new List<MeterReading>();

        Assert.That(() =>
        {
            curves.AddRange(CurveFileReader.Default.Read(Entry("curves/input.csv", bytes), IngestRun.Context(), log));
            _ = KeysFileReader.Read(Entry("keys/keys.csv", bytes), pairs: false, log).ToList();
            _ = KeysFileReader.Read(Entry("keys/pairs.csv", bytes), pairs: true, log).ToList();
            _ = AccSplitReader.Read(Entry(AccSplitReader.Folder + "split.csv", bytes), IngestRun.Context(), log).ToList();
            _ = CollectiveReader.Read(new MemoryStream(bytes));
        }, Throws.Nothing);
        // The readers leave acceptance to the assembler: each row read is either a reading or rejected with an issue.
        var account = log.ToReport().Files.Single(f => f.Source == "curves/input.csv");
        Assert.That(curves.Count + account.RowsRejected, Is.EqualTo(account.RowsRead), account.ToString());
    }

    /// <summary>Found by the fuzzer: an end stamp 6000 years after the start overflowed the step check (minutes as int); stamps are now read within 1900–2200.</summary>
    [Test]
    public void GenericCurve_StepOfThousandsOfYears_IsRejectedAsInvalidStamp()
    {
        var (readings, report) = IngestRun.Read(IngestRun.TextEntry("curves/g.csv",
            "prm,start,end,wh\n30000000000001,2026-06-02T09:00:00Z,2026-06-02T09:30:00Z,10\n30000000000001,2026-06-02T09:30:00Z,8026-06-02T10:00:00Z,1375.5\n"));

        Assert.Multiple(() =>
        {
            Assert.That(readings, Has.Length.EqualTo(1));
            Assert.That(report.Issues.Select(i => (i.Code, i.Line, i.Field)), Is.EqualTo(new[] { (IssueCodes.TimestampInvalid, 3, (string?)"end") }));
        });
    }

    /// <summary>Found by the fuzzer: a value of 21 digits overflowed the mWh conversion (a long). The bound: 1 GW average over the step, i.e. 5·10^8 Wh in 30 minutes.</summary>
    [TestCase("137500000000000000001", false, 0L)]
    [TestCase("500000000.001", false, 0L)]
    [TestCase("500000000", true, 500_000_000_000L)]
    public void GenericCurve_ValueBeyondAnyMeter_IsRejectedAsOutOfRange(string value, bool accepted, long milliwattHours)
    {
        var (readings, report) = IngestRun.Read(IngestRun.TextEntry("curves/g.csv",
            $"prm,start,end,wh\n30000000000001,2026-06-02T09:30:00Z,2026-06-02T10:00:00Z,{value}\n"));

        Assert.Multiple(() =>
        {
            Assert.That(readings.Select(r => r.Energy.MilliwattHours), Is.EqualTo(accepted ? new[] { milliwattHours } : Array.Empty<long>()));
            Assert.That(report.Issues.Where(i => i.Severity != Severity.Info).Select(i => i.Code), Is.EqualTo(accepted ? Array.Empty<string>() : new[] { IssueCodes.ValueOutOfRange }));
        });
    }

    /// <summary>Found by the fuzzer (CSV) and by reading the same conversion (JSON): the operator's split with a 20-digit energy.</summary>
    [TestCase("split.csv", "Identifiant PRM;Horodate;CONS;AUTOCONS;COMPLEMENT;PROD;AUTOPROD;SURPLUS\n30000000000011;2026-06-02T12:30:00+02:00;80130000000000000001;300;500;;;\n")]
    [TestCase("split.json", """{ "cons_id": "30000000000012", "unit": "Wh", "interval_length": "PT30M", "quantities": [ { "type": "cons", "values": [ { "timestamp": "2026-06-02T12:30:00+02:00", "value": "80130000000000000001" } ] } ] }""")]
    public void AccSplit_EnergyBeyondAnyMeter_IsRejected(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var log = new ConformityLog();

        var readings = AccSplitReader.Read(Entry(AccSplitReader.Folder + name, bytes), IngestRun.Context(), log).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(readings.Where(r => r.Quantity == SplitQuantity.Cons), Is.Empty);
            Assert.That(log.ToReport().Issues.Select(i => i.Code), Does.Contain(IssueCodes.ValueInvalid).Or.Contain(IssueCodes.ValueOutOfRange));
        });
    }

    private static DatasetEntry Entry(string path, byte[] bytes) => new(path, bytes.LongLength, () => new MemoryStream(bytes, writable: false));
}
