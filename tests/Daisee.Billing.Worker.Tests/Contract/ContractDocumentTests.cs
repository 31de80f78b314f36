using System.Text;
using System.Text.Json;
using Daisee.Billing.Contract;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Tests.Support;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Contract;

/// <summary>
/// The output contract describes every byte of <c>summary.json</c>, <c>manifest.json</c>,
/// <c>computed.json</c> and the per-participant <c>bill-*.json</c> and <c>statement-*.json</c>: the committed goldens read through it and written back are identical,
/// and a document that breaks it is refused, not half read.
/// </summary>
[TestFixture]
public sealed class ContractDocumentTests
{
    private static string Golden(string scenario, string file) =>
        RepositoryRoot.Combine("tests", "Daisee.Billing.Worker.Tests", "Golden", scenario, file);

    [TestCase("villeurbanne-2026-03")]
    [TestCase("villeurbanne-2026-06")]
    [TestCase("villeurbanne-2026-10")]
    public void Summary_GoldenReadAndWrittenBack_IsByteIdentical(string scenario)
    {
        var bytes = File.ReadAllBytes(Golden(scenario, SummaryDocument.FileName));

        var document = ContractJson.Read(bytes, ContractJsonContext.Default.SummaryDocument);

        Assert.That(ContractJson.Write(document, ContractJsonContext.Default.SummaryDocument), Is.EqualTo(bytes));
    }

    [TestCase("villeurbanne-2026-03")]
    [TestCase("villeurbanne-2026-06")]
    [TestCase("villeurbanne-2026-10")]
    public void ParticipantDocuments_GoldenReadAndWrittenBack_AreByteIdentical(string scenario)
    {
        var folder = RepositoryRoot.Combine("tests", "Daisee.Billing.Worker.Tests", "Golden", scenario);
        var bills = Directory.GetFiles(folder, "bill-*.json");
        var statements = Directory.GetFiles(folder, "statement-*.json");

        Assert.Multiple(() =>
        {
            Assert.That(bills, Is.Not.Empty);
            Assert.That(statements, Is.Not.Empty);
            foreach (var path in bills)
            {
                var bytes = File.ReadAllBytes(path);
                var document = ContractJson.Read(bytes, ContractJsonContext.Default.ParticipantBillDocument);
                Assert.That(document.Document, Is.EqualTo("bill"), path);
                Assert.That(ContractJson.Write(document, ContractJsonContext.Default.ParticipantBillDocument), Is.EqualTo(bytes), path);
            }

            foreach (var path in statements)
            {
                var bytes = File.ReadAllBytes(path);
                var document = ContractJson.Read(bytes, ContractJsonContext.Default.ParticipantStatementDocument);
                Assert.That(document.Document, Is.EqualTo("statement"), path);
                Assert.That(ContractJson.Write(document, ContractJsonContext.Default.ParticipantStatementDocument), Is.EqualTo(bytes), path);
            }
        });
    }

    [Test]
    public void Bill_MissingItsInvoices_IsRefused()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"document":"bill","collective":"c","operationId":"o","period":"2026-06","prm":"30000000000011","name":"n","measuredKwh":1,"localKwh":0,"gridKwh":1,"localInvoice":{"currency":"EUR","lines":[],"amountExclTaxEur":0,"taxesEur":0,"totalEur":0,"usesUnsureRates":false}}""");

        Assert.That(() => ContractJson.Read(bytes, ContractJsonContext.Default.ParticipantBillDocument), Throws.InstanceOf<JsonException>());
    }

    [TestCase("villeurbanne-2026-06")]
    public void Manifest_GoldenReadAndWrittenBack_IsByteIdentical(string scenario)
    {
        var bytes = File.ReadAllBytes(Golden(scenario, ManifestDocument.FileName));

        var document = ContractJson.Read(bytes, ContractJsonContext.Default.ManifestDocument);

        Assert.Multiple(() =>
        {
            Assert.That(ContractJson.Write(document, ContractJsonContext.Default.ManifestDocument), Is.EqualTo(bytes));
            Assert.That(document.Inputs.Select(i => i.Path), Does.Contain("collective.json"));
            Assert.That(document.Files.Select(f => f.Path), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        });
    }

    [Test]
    public void Computed_RejectedRun_CarriesTheErrorMessageAfterThePath()
    {
        var bytes = ComputedJson.Write("/iexec_out/", "no collective.json");

        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(
            "{\n  \"deterministic-output-path\": \"/iexec_out/manifest.json\",\n  \"error-message\": \"no collective.json\"\n}\n"));
    }

    [Test]
    public void Summary_RejectedRun_HasNoResultPartsAndReadsBack()
    {
        using var dataset = TestDataset.Standard(new YearMonth(2026, 3));
        dataset.Delete("collective.json");
        var bytes = Entries.Bill(dataset.Folder, "2026-03").Files[SummaryDocument.FileName];

        var document = ContractJson.Read(bytes, ContractJsonContext.Default.SummaryDocument);

        Assert.Multiple(() =>
        {
            Assert.That(document.Status, Is.EqualTo(SummaryDocument.Rejected));
            Assert.That(document.Error, Does.Contain("collective.json"));
            Assert.That(document.Participants, Is.Null);
            Assert.That(document.Totals, Is.Null);
            Assert.That(Encoding.UTF8.GetString(bytes), Does.Not.Contain("\"participants\"").And.Not.Contain("null"));
            Assert.That(ContractJson.Write(document, ContractJsonContext.Default.SummaryDocument), Is.EqualTo(bytes));
        });
    }

    [Test]
    public void Participant_UndefinedRate_IsWrittenAsNullAndTheOtherRateIsAbsent()
    {
        var participant = new SummaryParticipant("30000000000011", "consumer", "Bureau", 0m, 0m, 0m, CoverageRate: new Fraction(null));
        var document = Minimal() with { Participants = [participant] };

        var text = Encoding.UTF8.GetString(ContractJson.Write(document, ContractJsonContext.Default.SummaryDocument));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("\"gridWh\": 0,\n      \"coverageRate\": null\n    }"));
            Assert.That(text, Does.Not.Contain("selfConsumptionRate"));
        });
    }

    [TestCase("{\"engineVersion\":\"0.1.0\",\"period\":\"2026-06\",\"rulesHash\":\"ab\",\"inputs\":[]}", TestName = "Manifest_WithoutFiles_IsRefused")]
    [TestCase("{\"engineVersion\":\"0.1.0\",\"period\":\"2026-06\",\"rulesHash\":\"ab\",\"files\":[{\"path\":null,\"sha256\":\"00\",\"bytes\":1}],\"inputs\":[]}", TestName = "Manifest_NullPath_IsRefused")]
    [TestCase("{\"engineVersion\":\"0.1.0\",\"period\":\"2026-06\",\"rulesHash\":\"ab\",\"files\":[{\"path\":\"a\",\"sha256\":\"00\",\"bytes\":\"1\"}],\"inputs\":[]}", TestName = "Manifest_SizeAsString_IsRefused")]
    [TestCase("null", TestName = "Manifest_JsonNull_IsRefused")]
    public void Read_ManifestBreakingTheContract_ThrowsJsonException(string json) =>
        Assert.That(() => ContractJson.Read(Encoding.UTF8.GetBytes(json), ContractJsonContext.Default.ManifestDocument), Throws.InstanceOf<JsonException>());

    private static SummaryDocument Minimal() => new(
        SummaryDocument.Billed, "2026-06", "0.1.0", new SummaryConformity(0, 0, 0, 0, System.Collections.Immutable.ImmutableSortedDictionary<string, int>.Empty));
}
