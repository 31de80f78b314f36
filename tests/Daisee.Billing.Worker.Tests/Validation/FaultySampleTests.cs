using System.Text.Json;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Tests.Support;

namespace Daisee.Billing.Worker.Tests.Validation;

/// <summary>The generated faulty samples (samples/faulty/README.md): each injected fault is reported at the file and line the README names, and the month is still billed.</summary>
[TestFixture]
public sealed class FaultySampleTests
{
    [TestCase("duplicate-rows", "DUPLICATE_IDENTICAL", "curves/2026-06/30000000000012.csv", 463)]
    [TestCase("duplicate-rows", "DUPLICATE_CONFLICTING", "curves/2026-06/30000000000012.csv", 957)]
    [TestCase("negative-value", "VALUE_NEGATIVE", "curves/2026-06/30000000000011.csv", 369)]
    [TestCase("bad-timestamp", "TIMESTAMP_INVALID", "curves/2026-06/30000000000014.csv", 548)]
    [TestCase("bad-timestamp", "TIMESTAMP_MISALIGNED", "curves/2026-06/30000000000014.csv", 840)]
    [TestCase("empty-value", "VALUE_MISSING", "curves/2026-06/30000000000012.csv", 1039)]
    [TestCase("unknown-prm", "PRM_UNKNOWN", "curves/2026-06/30000000000099.csv", 4)]
    [TestCase("gap", "GAP", "curves/2026-06/30000000000013.csv", 0)]
    public void Bill_FaultySample_ReportsTheInjectedFaultWhereTheReadmeSaysAndStillBills(string variant, string code, string file, int line)
    {
        var outcome = Entries.Bill(RepositoryRoot.Combine("samples", "faulty", variant), "2026-06");
        using var conformity = JsonDocument.Parse(outcome.Files[ConformityWriter.JsonName]);
        var issues = conformity.RootElement.GetProperty("issues").EnumerateArray()
            .Where(i => i.GetProperty("code").GetString() == code)
            .Select(i => (File: i.GetProperty("file").GetString(), Line: i.GetProperty("line").GetInt32()))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ErrorMessage, Is.Null, "the month is still billed");
            Assert.That(issues, Does.Contain((file, line)));
            Assert.That(outcome.Files.ContainsKey(CurvesCsvWriter.FileName), Is.True);
            Assert.That(conformity.RootElement.GetProperty("files").EnumerateArray().All(f =>
                f.GetProperty("rowsRead").GetInt64() == f.GetProperty("rowsAccepted").GetInt64() + f.GetProperty("rowsRejected").GetInt64() + f.GetProperty("rowsOutOfScope").GetInt64()), Is.True);
        });
    }

    [Test]
    public void Bill_CleanSample_HasNoRowIssueAndItsCurvesReadBackIdentically()
    {
        var folder = RepositoryRoot.Combine("samples", "faulty", "clean");
        var outcome = Entries.Bill(folder, "2026-06");
        using var temp = new TempFolder();
        File.Copy(Path.Combine(folder, "collective.json"), Path.Combine(temp.Path, "collective.json"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "curves"));
        File.WriteAllBytes(Path.Combine(temp.Path, "curves", "curves.csv"), outcome.Files[CurvesCsvWriter.FileName]);
        var again = Entries.Bill(temp.Path, "2026-06");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Conformity.Issues, Is.Empty);
            Assert.That(again.Files[CurvesCsvWriter.FileName], Is.EqualTo(outcome.Files[CurvesCsvWriter.FileName]), "curves.csv is itself a readable input (generic format)");
            Assert.That(again.Files[AllocationCsvWriter.FileName], Is.EqualTo(outcome.Files[AllocationCsvWriter.FileName]));
        });
    }
}
