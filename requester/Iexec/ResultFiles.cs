using System.Collections.Immutable;
using System.IO.Compression;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// A result's files by relative path ('/' separators), read from an unpacked folder or from the
/// <c>iexec_out.zip</c> an iExec worker uploads (the whole <c>/iexec_out</c> tree, file entries only).
/// </summary>
public sealed record ResultFiles(ImmutableSortedDictionary<string, byte[]> Files)
{
    /// <summary>Reads a folder or a zip file.</summary>
    public static ResultFiles Read(string folderOrZip) =>
        Directory.Exists(folderOrZip) ? ReadFolder(folderOrZip)
        : File.Exists(folderOrZip) ? ReadZipFile(folderOrZip)
        : throw new FileNotFoundException($"The result '{folderOrZip}' is neither a folder nor a zip file.", folderOrZip);

    private static ResultFiles ReadZipFile(string path)
    {
        var length = new FileInfo(path).Length;
        if (length > Results.ResultZipLimits.Default.MaxTotalBytes)
        {
            throw new InvalidDataException($"The result zip is refused: {path} is {length} bytes, more than a result may hold.");
        }

        return ReadZip(File.ReadAllBytes(path));
    }

    /// <summary>Every file under <paramref name="folder"/>.</summary>
    public static ResultFiles ReadFolder(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToImmutableSortedDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal));

    /// <summary>
    /// Every file entry of a zip, opened defensively (<see cref="Results.ResultZip"/>): unsafe names, encrypted or
    /// unknown compression, too many or too large entries and CRC mismatches are an <see cref="InvalidDataException"/>.
    /// </summary>
    public static ResultFiles ReadZip(byte[] zipBytes) => new(Results.ResultZip.Read(zipBytes, Results.ResultZipLimits.Default));

    /// <summary>The zip an iExec worker makes of <c>/iexec_out</c>: entries sorted by path, fixed times.</summary>
    public static byte[] Zip(string folder)
    {
        var files = ReadFolder(folder);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in files.Files)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = Datasets.DatasetPackager.FixedTime;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    /// <summary>Writes every file under <paramref name="folder"/>.</summary>
    public void WriteTo(string folder)
    {
        foreach (var (path, bytes) in Files)
        {
            var target = Path.GetFullPath(Path.Combine(folder, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }
    }
}
