using System.Collections.Concurrent;
using System.Security.Cryptography;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Tests.Support;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>
/// The three per-step files written at the same time: each reaches its sink whole under its name,
/// with the bytes of its writer run alone, and the digest the output set lists is the SHA-256 of
/// those bytes (computed here again); a failure of one sink surfaces as itself.
/// </summary>
[TestFixture]
public sealed class StepFilesWriterTests
{
    [Test]
    public void Write_InParallel_EachFileHasTheBytesOfItsWriterAloneAndItsDigest()
    {
        var (curves, report) = Allocated();
        var sink = new ConcurrentDictionary<string, MemoryStream>(StringComparer.Ordinal);
        var files = new OutputSet(name => sink.GetOrAdd(name, _ => new MemoryStream()));

        StepFilesWriter.Write(files, report.Billed, report.Engine, curves);

        var expected = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [AllocationCsvWriter.FileName] = AllocationCsvWriter.Write(report.Billed),
            [CurvesCsvWriter.FileName] = CurvesCsvWriter.Write(curves),
            [KeysCsvWriter.FileName] = KeysCsvWriter.Write(report.Engine),
        };
        Assert.Multiple(() =>
        {
            Assert.That(sink.Keys.Order(StringComparer.Ordinal), Is.EqualTo(expected.Keys.Order(StringComparer.Ordinal)));
            Assert.That(files.Entries.Select(e => e.Path), Is.EqualTo(new[] { "allocation.csv", "curves.csv", "keys.csv" }));
            foreach (var entry in files.Entries)
            {
                Assert.That(sink[entry.Path].ToArray(), Is.EqualTo(expected[entry.Path]), entry.Path);
                Assert.That(entry.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(expected[entry.Path]))), entry.Path);
                Assert.That(entry.Bytes, Is.EqualTo(expected[entry.Path].LongLength), entry.Path);
            }
        });
    }

    [Test]
    public void Write_OneSinkFails_ThatFailureIsThrownAsItself()
    {
        var (curves, report) = Allocated();
        var files = new OutputSet(name => name == KeysCsvWriter.FileName ? throw new IOException("disk full") : new MemoryStream());

        Assert.That(() => StepFilesWriter.Write(files, report.Billed, report.Engine, curves), Throws.TypeOf<IOException>().With.Message.EqualTo("disk full"));
    }

    private static (CurveSet Curves, AllocationReport Report) Allocated()
    {
        using var dataset = TestDataset.Standard(new YearMonth(2026, 3));
        var read = DatasetReader.Read(Entries.FromFolder(dataset.Folder));
        var collective = read.Collective!;
        var period = new BillingPeriod(new YearMonth(2026, 3), collective.Zone, collective.StepMinutes);
        var curves = CurveAssembler.Assemble(collective, period, read.Curves!.Stream()).Curves;
        return (curves, AllocationStage.Run(collective, curves, AllocationInputs.None).Report!);
    }
}
