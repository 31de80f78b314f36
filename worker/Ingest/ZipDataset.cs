using System.Collections.Immutable;
using System.IO.Compression;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// A dataset delivered as a zip, opened defensively: links, encrypted entries and suspicious
/// compression ratios are refused here; names, duplicates, sizes, readability and CRCs are
/// checked by <see cref="EntryCheck"/>. Every entry stream is cut at its declared size, so a
/// lying header cannot inflate past it. Refused entries are reported, never silently skipped.
/// </summary>
public sealed class ZipDataset : IDisposable
{
    public const long MaxRatio = 200;

    private readonly ZipArchive _archive;

    private ZipDataset(ZipArchive archive, ImmutableArray<DatasetEntry> entries, ImmutableArray<Issue> issues)
    {
        _archive = archive;
        Entries = entries;
        Issues = issues;
    }

    public ImmutableArray<DatasetEntry> Entries { get; }

    public ImmutableArray<Issue> Issues { get; }

    /// <summary>Opens the archive; throws <see cref="InvalidDataException"/> (or <see cref="ArgumentException"/> for impossible central-directory values) when the stream is not a readable zip.</summary>
    public static ZipDataset Open(Stream zip, string source)
    {
        var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: false);
        var candidates = archive.Entries
            .Where(e => !(e.FullName.EndsWith('/') && e.Length == 0))
            .Select(e => new EntryCandidate(e.FullName, e.Length, () => new BoundedStream(e.Open(), e.Length)) { Crc32 = e.Crc32, Refusal = Check(e) })
            .ToList();
        var (entries, issues) = EntryCheck.Verify(candidates, source);
        return new ZipDataset(archive, entries, issues);
    }

    public void Dispose() => _archive.Dispose();

    private static string? Check(ZipArchiveEntry entry)
    {
        const int UnixTypeMask = 0xF000 << 16;
        const int UnixSymlink = 0xA000 << 16;
        if ((entry.ExternalAttributes & UnixTypeMask) == UnixSymlink)
        {
            return "symbolic link";
        }

        if (entry.IsEncrypted)
        {
            return "encrypted (the dataset's own encryption is the iExec dataset key, not zip passwords)";
        }

        return entry.CompressedLength > 0 && entry.Length > 0 && entry.Length / entry.CompressedLength > MaxRatio
            ? $"compression ratio over {MaxRatio}:1 (zip bomb?)"
            : null;
    }
}
