using System.Collections.Immutable;
using System.IO.Compression;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// A dataset delivered as a zip, opened defensively: entries with absolute paths, '..'
/// segments, links, or a suspicious compression ratio are refused; the number of entries and
/// the declared total size are bounded; every entry stream is cut at its declared size, so a
/// lying header cannot inflate past it. Refused entries are reported, never silently skipped.
/// </summary>
public sealed class ZipDataset : IDisposable
{
    public const int MaxEntries = 20_000;
    public const long MaxTotalBytes = 4L * 1024 * 1024 * 1024;
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

    /// <summary>Opens the archive; throws <see cref="InvalidDataException"/> when the stream is not a zip at all.</summary>
    public static ZipDataset Open(Stream zip, string source)
    {
        var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: false);
        var entries = ImmutableArray.CreateBuilder<DatasetEntry>();
        var issues = ImmutableArray.CreateBuilder<Issue>();
        if (archive.Entries.Count > MaxEntries)
        {
            issues.Add(Refused(source, "*", $"{source}: the archive holds {archive.Entries.Count} entries, more than the {MaxEntries} allowed; nothing was read."));
            return new ZipDataset(archive, [], issues.ToImmutable());
        }

        long total = 0;
        foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var reason = Check(entry);
            if (entry.FullName.EndsWith('/') && entry.Length == 0)
            {
                continue;
            }

            total += entry.Length;
            reason ??= total > MaxTotalBytes ? $"the archive would expand past {MaxTotalBytes} bytes" : null;
            if (reason is not null)
            {
                issues.Add(Refused(source, entry.FullName, $"{source}: entry '{entry.FullName}' refused: {reason}."));
                continue;
            }

            var captured = entry;
            entries.Add(new DatasetEntry(Normalise(entry.FullName), entry.Length, () => new BoundedStream(captured.Open(), captured.Length)));
        }

        return new ZipDataset(archive, entries.ToImmutable(), issues.ToImmutable());
    }

    public void Dispose() => _archive.Dispose();

    private static string? Check(ZipArchiveEntry entry)
    {
        var name = entry.FullName.Replace('\\', '/');
        if (name.StartsWith('/') || (name.Length > 1 && name[1] == ':'))
        {
            return "absolute path";
        }

        if (name.Split('/').Any(segment => segment == ".."))
        {
            return "path leaves the dataset ('..')";
        }

        const int UnixTypeMask = 0xF000 << 16;
        const int UnixSymlink = 0xA000 << 16;
        if ((entry.ExternalAttributes & UnixTypeMask) == UnixSymlink)
        {
            return "symbolic link";
        }

        if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxRatio)
        {
            return $"compression ratio over {MaxRatio}:1 (zip bomb?)";
        }

        return null;
    }

    private static string Normalise(string name) => name.Replace('\\', '/').TrimStart('.', '/');

    private static Issue Refused(string source, string entry, string message) =>
        new(Severity.Warning, IssueCodes.DatasetEntryRefused, source, 0, message) { Field = entry };
}
