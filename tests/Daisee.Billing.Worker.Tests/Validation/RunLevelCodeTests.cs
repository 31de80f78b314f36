using System.IO.Compression;
using System.Text;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Tests.Ingest;

namespace Daisee.Billing.Worker.Tests.Validation;

/// <summary>The run-level codes: a rejected run still writes its report, and says what to fix.</summary>
[TestFixture]
public sealed class RunLevelCodeTests
{
    [Test]
    public void Run_MalformedMonth_IsRejectedWithArgumentInvalid()
    {
        var outcome = BillingPipeline.Run(new BillingRequest("June", [Collective()], []));
        var issue = outcome.Conformity.Issues.Single(i => i.Code == IssueCodes.ArgumentInvalid);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Rejected, Is.True);
            Assert.That((issue.Source, issue.Field), Is.EqualTo(("arguments", "--month")));
            Assert.That(outcome.ErrorMessage, Does.Contain("YYYY-MM"));
            Assert.That(outcome.Files.ContainsKey(ConformityWriter.JsonName), Is.True);
        });
    }

    [Test]
    public void Run_NoProductionCurve_IsRejectedWithNoProductionAndTheConsumersRowsAccounted()
    {
        var consumer = IngestRun.TextEntry("curves/office.csv", ConformityRun.PortalA(ConformityRun.Consumer, "Consommation", "W", "30", "2026-06-02T00:30:00+02:00;1000"));
        var outcome = BillingPipeline.Run(new BillingRequest("2026-06", [Collective(), consumer], []));
        var issue = outcome.Conformity.Issues.Single(i => i.Code == IssueCodes.NoProduction);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Rejected, Is.True);
            Assert.That((issue.Severity, issue.Field), Is.EqualTo((Severity.Error, "curves")));
            Assert.That(outcome.ErrorMessage, Does.Contain("add the producers' load curves"));
            Assert.That(outcome.Conformity.Files.Single().IsBalanced, Is.True);
        });
    }

    [Test]
    public void Open_ZipWithAnEscapingEntry_RefusesItAndReportsDatasetEntryRefused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("../evil.csv").Open());
            writer.Write("prm;start;end;wh\n");
        }

        buffer.Position = 0;
        using var dataset = ZipDataset.Open(buffer, "dataset.zip");
        var issue = dataset.Issues.Single();

        Assert.Multiple(() =>
        {
            Assert.That(dataset.Entries, Is.Empty);
            Assert.That(issue.Code, Is.EqualTo(IssueCodes.DatasetEntryRefused));
            Assert.That(issue.Message, Does.Contain("../evil.csv"));
        });
    }

    private static DatasetEntry Collective() => IngestRun.TextEntry(CollectiveReader.FileName, ConformityRun.CollectiveJson, new UTF8Encoding(false));
}
