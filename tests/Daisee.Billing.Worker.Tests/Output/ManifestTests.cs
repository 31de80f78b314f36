using System.Security.Cryptography;
using System.Text.Json;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Tests.Support;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Output;

[TestFixture]
public sealed class ManifestTests
{
    [Test]
    public void Manifest_ListsEveryOtherOutputSortedWithItsDigestAndSize()
    {
        using var dataset = TestDataset.Standard(new YearMonth(2026, 3));
        var outcome = Entries.Bill(dataset.Folder, "2026-03");

        using var manifest = JsonDocument.Parse(outcome.Files[ManifestWriter.FileName]);
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        var paths = listed.Select(f => f.GetProperty("path").GetString()!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(paths, Is.EquivalentTo(outcome.Files.Keys.Where(k => k != ManifestWriter.FileName)));
            Assert.That(paths, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            foreach (var file in listed)
            {
                var bytes = outcome.Files[file.GetProperty("path").GetString()!];
                Assert.That(file.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
                Assert.That(file.GetProperty("bytes").GetInt64(), Is.EqualTo(bytes.LongLength));
            }
        });
    }

    [Test]
    public void Manifest_InputsCoverEveryDatasetFileWithItsDigest()
    {
        using var dataset = TestDataset.Standard(new YearMonth(2026, 3));
        var outcome = Entries.Bill(dataset.Folder, "2026-03");

        using var manifest = JsonDocument.Parse(outcome.Files[ManifestWriter.FileName]);
        var inputs = manifest.RootElement.GetProperty("inputs").EnumerateArray()
            .ToDictionary(i => i.GetProperty("path").GetString()!, i => i.GetProperty("sha256").GetString());

        // The dataset's curves are named by PRM; the manifest names them by pseudonym (Roof p01, Office A m01, Home B m02).
        var renamed = new Dictionary<string, string> { ["curves/30000000000001.csv"] = "curves/p01.csv", ["curves/30000000000011.csv"] = "curves/m01.csv", ["curves/30000000000012.csv"] = "curves/m02.csv" };
        var expected = Entries.FromFolder(dataset.Folder).ToDictionary(
            e => renamed.GetValueOrDefault(e.Path, e.Path), e => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(dataset.Folder, e.Path)))));
        Assert.That(expected.Keys, Is.SupersetOf(renamed.Values), "the test dataset has the three curves");
        Assert.That(inputs, Is.EquivalentTo(expected));
        Assert.That(manifest.RootElement.GetProperty("engineVersion").GetString(), Is.EqualTo(EngineVersion.Value));
        Assert.That(manifest.RootElement.GetProperty("rulesHash").GetString(), Has.Length.EqualTo(64));
    }

    [Test]
    public void Outputs_OfBilledAndRejectedRuns_HaveNamesOfAtMost31Characters()
    {
        using var dataset = TestDataset.Standard(new YearMonth(2026, 3));
        var billed = Entries.Bill(dataset.Folder, "2026-03");
        dataset.Delete("collective.json");
        var rejected = Entries.Bill(dataset.Folder, "2026-03");

        Assert.That(billed.Rejected, Is.False);
        Assert.That(rejected.Rejected, Is.True);
        Assert.That(billed.Files.Keys.Concat(rejected.Files.Keys).Select(n => n.Split('/')[^1]), Has.All.Length.LessThanOrEqualTo(OutputSet.MaxNameLength));
    }

    [Test]
    public void Run_Twice_GivesByteIdenticalOutputs()
    {
        using var dataset = TestDataset.Standard(new YearMonth(2026, 3));
        var first = Entries.Bill(dataset.Folder, "2026-03");
        var second = Entries.Bill(dataset.Folder, "2026-03");

        Assert.That(second.Files.Keys, Is.EqualTo(first.Files.Keys));
        foreach (var name in first.Files.Keys)
        {
            Assert.That(second.Files[name], Is.EqualTo(first.Files[name]), name);
        }
    }

    [Test]
    public void RulesHash_IgnoresLayoutAndCosmeticFields_ButNotPrices()
    {
        using var dataset = TestDataset.Standard(new YearMonth(2026, 3));
        var original = RulesHashOf(dataset);
        dataset.WriteCollective(TestDataset.CollectiveJson.Replace("\n", "\n\n", StringComparison.Ordinal).Replace("Test collective", "Renamed", StringComparison.Ordinal));
        var reformatted = RulesHashOf(dataset);
        dataset.WriteCollective(TestDataset.CollectiveJson.Replace("0.145", "0.146", StringComparison.Ordinal));
        var repriced = RulesHashOf(dataset);

        Assert.That(reformatted, Is.EqualTo(original));
        Assert.That(repriced, Is.Not.EqualTo(original));
    }

    private static string RulesHashOf(TestDataset dataset)
    {
        using var manifest = JsonDocument.Parse(Entries.Bill(dataset.Folder, "2026-03").Files[ManifestWriter.FileName]);
        return manifest.RootElement.GetProperty("rulesHash").GetString()!;
    }
}
