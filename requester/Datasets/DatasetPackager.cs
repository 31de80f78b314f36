using System.IO.Compression;

namespace Daisee.Billing.Requester.Datasets;

/// <summary>
/// Packs a dataset folder into the zip the worker receives as its iExec dataset. Deterministic:
/// entries sorted by path ('/' separators), a fixed timestamp, fixed compression, so the same
/// folder always gives the same bytes (and the same dataset checksum on chain).
/// A zip given as the dataset is copied as it is.
/// </summary>
public static class DatasetPackager
{
    public const string DefaultFileName = "dataset.zip";

    /// <summary>1 January 2000, 00:00 (zip times are local and have no zone; any fixed value will do).</summary>
    public static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task PackAsync(string dataset, string zipPath, CancellationToken cancellationToken)
    {
        if (File.Exists(dataset))
        {
            File.Copy(dataset, zipPath, overwrite: true);
            return;
        }

        if (!Directory.Exists(dataset))
        {
            throw new DirectoryNotFoundException($"The dataset '{dataset}' is neither a folder nor a zip file.");
        }

        await using var output = File.Create(zipPath);
        await WriteAsync(dataset, output, cancellationToken);
    }

    public static async Task WriteAsync(string folder, Stream output, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace('\\', '/'), File: f))
            .OrderBy(f => f.Path, StringComparer.Ordinal);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (path, file) in files)
        {
            var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
            entry.LastWriteTime = FixedTime;
            await using var target = await entry.OpenAsync(cancellationToken);
            await using var source = File.OpenRead(file);
            await source.CopyToAsync(target, cancellationToken);
        }
    }
}
