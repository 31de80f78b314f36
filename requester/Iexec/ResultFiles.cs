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
        : File.Exists(folderOrZip) ? ReadZip(File.ReadAllBytes(folderOrZip))
        : throw new FileNotFoundException($"The result '{folderOrZip}' is neither a folder nor a zip file.", folderOrZip);

    /// <summary>Every file under <paramref name="folder"/>.</summary>
    public static ResultFiles ReadFolder(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToImmutableSortedDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal));

    /// <summary>Every file entry of a zip; refuses entries that would escape the folder they are unpacked into.</summary>
    public static ResultFiles ReadZip(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        var files = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            var name = entry.FullName.Replace('\\', '/');
            if (name.StartsWith('/') || name.Split('/').Contains(".."))
            {
                throw new InvalidDataException($"The result zip has an unsafe entry '{name}'.");
            }

            using var content = entry.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            files[name] = copy.ToArray();
        }

        return new ResultFiles(files.ToImmutable());
    }

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
