using System.Text;
using System.Text.Json;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Tests.Support;

namespace Daisee.Billing.Worker.Tests.Samples;

/// <summary>The committed sample collective bills end to end, every month, with every row accounted for.</summary>
[TestFixture]
public sealed class SampleDatasetTests
{
    private static string Villeurbanne => RepositoryRoot.Combine("samples", "villeurbanne");

    [TestCase("2026-03", 46 + (30 * 48))]
    [TestCase("2026-06", 30 * 48)]
    [TestCase("2026-10", 50 + (30 * 48))]
    public void Villeurbanne_EachSampleMonth_IsBilledWithEveryRowAccountedFor(string month, int steps)
    {
        var outcome = Entries.Bill(Villeurbanne, month);

        Assert.That(outcome.ErrorMessage, Is.Null);
        using var summary = JsonDocument.Parse(outcome.Files[SummaryWriter.FileName]);
        var root = summary.RootElement;
        var conformity = root.GetProperty("conformity");
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("steps").GetInt32(), Is.EqualTo(steps));
            Assert.That(root.GetProperty("participants").GetArrayLength(), Is.EqualTo(18));
            Assert.That(
                conformity.GetProperty("rowsRead").GetInt64(),
                Is.EqualTo(conformity.GetProperty("rowsAccepted").GetInt64() + conformity.GetProperty("rowsRejected").GetInt64() + conformity.GetProperty("rowsOutOfScope").GetInt64()));
            Assert.That(conformity.GetProperty("rowsRejected").GetInt64(), Is.Zero);
        });
    }

    [TestCase("2026-06")]
    public void Villeurbanne_Totals_BalanceExactly(string month)
    {
        var outcome = Entries.Bill(Villeurbanne, month);
        using var summary = JsonDocument.Parse(outcome.Files[SummaryWriter.FileName]);
        var totals = summary.RootElement.GetProperty("totals");
        decimal Total(string name) => totals.GetProperty(name).GetDecimal();

        Assert.Multiple(() =>
        {
            Assert.That(Total("productionWh"), Is.EqualTo(Total("autoproducedWh") + Total("surplusWh")));
            Assert.That(Total("consumptionWh"), Is.EqualTo(Total("autoconsumedWh") + Total("complementWh")));
            Assert.That(Total("autoproducedWh"), Is.EqualTo(Total("autoconsumedWh")));
            Assert.That(Total("autoconsumedWh"), Is.GreaterThan(0m));
        });
    }

    [TestCase("clean", null)]
    [TestCase("unknown-prm", "PRM_UNKNOWN")]
    [TestCase("duplicate-rows", "DUPLICATE_IDENTICAL")]
    [TestCase("duplicate-rows", "DUPLICATE_CONFLICTING")]
    [TestCase("gap", "GAP")]
    [TestCase("negative-value", "VALUE_NEGATIVE")]
    [TestCase("bad-timestamp", "TIMESTAMP_INVALID")]
    [TestCase("bad-timestamp", "TIMESTAMP_MISALIGNED")]
    [TestCase("empty-value", "VALUE_MISSING")]
    public void FaultyVariant_IsReportedAndStillBilled(string variant, string? expectedCode)
    {
        var outcome = Entries.Bill(RepositoryRoot.Combine("samples", "faulty", variant), "2026-06");

        Assert.That(outcome.ErrorMessage, Is.Null, "a single fault must not stop the bill");
        var report = Encoding.UTF8.GetString(outcome.Files[ConformityWriter.CsvName]);
        if (expectedCode is null)
        {
            Assert.That(outcome.Conformity.Issues.Where(i => i.Severity != Domain.Severity.Info), Is.Empty, report);
        }
        else
        {
            Assert.That(outcome.Conformity.Issues.Select(i => i.Code), Does.Contain(expectedCode), report);
        }

        Assert.That(outcome.Conformity.Files, Has.All.Matches<Domain.FileAccount>(f => f!.IsBalanced));
        Assert.That(outcome.Bills, Is.Not.Empty);
    }
}
