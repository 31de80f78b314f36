using System.IO.Compression;
using Daisee.Billing.Requester.Datasets;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Datasets;

[TestFixture]
public sealed class DatasetPackagerTests
{
    [Test]
    public async Task Write_SameFolderTwice_GivesIdenticalBytesWithSortedEntriesAndFixedTimes()
    {
        var folder = RepositoryRoot.Combine("samples", "faulty", "clean");
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        await DatasetPackager.WriteAsync(folder, first, CancellationToken.None);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "collective.json"), new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        await DatasetPackager.WriteAsync(folder, second, CancellationToken.None);

        Assert.That(second.ToArray(), Is.EqualTo(first.ToArray()));
        first.Position = 0;
        using var zip = new ZipArchive(first, ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.That(names, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        Assert.That(names, Does.Contain("collective.json"));
        Assert.That(zip.Entries.Select(e => e.LastWriteTime.Year), Has.All.EqualTo(2000));
    }
}
