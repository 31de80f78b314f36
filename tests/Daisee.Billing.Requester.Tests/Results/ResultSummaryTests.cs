using System.Text.Json;
using Daisee.Billing.Requester.Results;

namespace Daisee.Billing.Requester.Tests.Results;

/// <summary>The requester reads a worker's <c>summary.json</c> through the output contract: the committed June golden, cross-checked with a plain JSON reading.</summary>
[TestFixture]
public sealed class ResultSummaryTests
{
    private static string June => RepositoryRoot.Combine("tests", "Daisee.Billing.Worker.Tests", "Golden", "villeurbanne-2026-06");

    [Test]
    public void Read_JuneGolden_MembersTotalsAndAmountsAsInTheFile()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(June, "summary.json")));
        var root = json.RootElement;
        var participants = root.GetProperty("participants").EnumerateArray().ToArray();
        var dueByPrm = participants.Where(p => p.TryGetProperty("bill", out _))
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("bill").GetProperty("totalEur").GetDecimal());

        var summary = ResultSummary.Read(June);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Status, Is.EqualTo("billed"));
            Assert.That(summary.Period, Is.EqualTo("2026-06"));
            Assert.That(summary.Error, Is.Null);
            Assert.That(summary.Members, Has.Length.EqualTo(18));
            Assert.That(summary.Members.Count(m => m.Role == "producer"), Is.EqualTo(2));
            Assert.That(summary.Members.Where(m => m.AmountDueEur is not null).ToDictionary(m => m.Id, m => m.AmountDueEur!.Value), Is.EquivalentTo(dueByPrm));
            Assert.That(summary.Totals!.ProductionWh, Is.EqualTo(root.GetProperty("totals").GetProperty("productionWh").GetDecimal()));
            Assert.That(summary.Totals.ComplementWh, Is.EqualTo(10789611m));
            Assert.That(summary.Totals.AutoproducedWh, Is.EqualTo(summary.Totals.AutoconsumedWh));
        });
    }

    [Test]
    public void Read_SummaryWithoutStatus_ThrowsJsonException()
    {
        var folder = Directory.CreateTempSubdirectory("daisee-summary-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "summary.json"), "{\"period\":\"2026-06\",\"engineVersion\":\"0.1.0\",\"conformity\":{\"rowsRead\":0,\"rowsAccepted\":0,\"rowsRejected\":0,\"rowsOutOfScope\":0,\"issuesByCode\":{}}}");

            Assert.That(() => ResultSummary.Read(folder), Throws.InstanceOf<JsonException>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
