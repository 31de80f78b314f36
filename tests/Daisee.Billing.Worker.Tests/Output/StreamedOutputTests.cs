using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Tests.Support;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>
/// A run that hands each output to a sink as it is produced writes the same bytes as a run that
/// keeps them, keeps none of them, and its manifest's digests (taken while the bytes passed) are
/// those of the bytes the sink received, computed here again with SHA-256.
/// </summary>
[TestFixture]
public sealed class StreamedOutputTests
{
    [TestCase(3)]
    [TestCase(6)]
    public void StreamedRun_WritesTheBytesOfTheKeptRun_AndKeepsNone(int monthOfYear)
    {
        var month = $"2026-{monthOfYear:00}";
        using var dataset = TestDataset.Standard(new YearMonth(2026, monthOfYear));
        var kept = Entries.Bill(dataset.Folder, month);
        var sink = new ConcurrentDictionary<string, MemoryStream>(StringComparer.Ordinal);
        var streamed = BillingPipeline.Run(new BillingRequest(month, Entries.FromFolder(dataset.Folder), [])
        {
            Output = name => sink.GetOrAdd(name, _ => new MemoryStream()),
        });

        Assert.That(kept.Files, Is.Not.Empty);
        Assert.That(streamed.Files, Is.Empty);
        Assert.That(sink.Keys.Order(StringComparer.Ordinal), Is.EqualTo(kept.Files.Keys));
        foreach (var (name, bytes) in kept.Files)
        {
            Assert.That(sink[name].ToArray(), Is.EqualTo(bytes), name);
        }
    }

    [Test]
    public void StreamedRun_ManifestDigests_AreThoseOfTheBytesWritten()
    {
        using var dataset = TestDataset.Standard(new YearMonth(2026, 3));
        var sink = new ConcurrentDictionary<string, MemoryStream>(StringComparer.Ordinal);
        BillingPipeline.Run(new BillingRequest("2026-03", Entries.FromFolder(dataset.Folder), [])
        {
            Output = name => sink.GetOrAdd(name, _ => new MemoryStream()),
        });

        using var manifest = JsonDocument.Parse(sink[ManifestWriter.FileName].ToArray());
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.That(listed.Select(f => f.GetProperty("path").GetString()), Is.EquivalentTo(sink.Keys.Where(k => k != ManifestWriter.FileName)));
        Assert.That(listed.Select(f => f.GetProperty("path").GetString()), Is.Ordered.Using((IComparer<string?>)StringComparer.Ordinal));
        foreach (var file in listed)
        {
            var bytes = sink[file.GetProperty("path").GetString()!].ToArray();
            Assert.That(file.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
            Assert.That(file.GetProperty("bytes").GetInt64(), Is.EqualTo(bytes.LongLength));
        }
    }

    [Test]
    public void OutputSet_SameNameTwice_Throws()
    {
        var files = new OutputSet(_ => new MemoryStream());
        files.Add("a.csv", [1, 2, 3]);

        Assert.That(() => files.Write("a.csv", s => s.WriteByte(4)), Throws.ArgumentException.With.Message.Contains("written twice"));
    }
}
