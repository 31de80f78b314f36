using System.Collections.Immutable;
using System.Globalization;
using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.Checksum;
using ICSharpCode.SharpZipLib.Zip;

namespace Daisee.Billing.Requester.Results;

/// <summary>
/// Opens a result zip defensively, before any of it is trusted: entry names must be relative paths
/// inside the folder (no <c>..</c>, no absolute or drive-rooted name, no backslash, no control
/// character, no duplicate), entries are stored or deflated and not encrypted, counts and sizes stay
/// within <see cref="ResultZipLimits"/> (declared and actual sizes), and every entry's CRC-32 is
/// checked against the bytes read. Any breach is an <see cref="InvalidDataException"/> whose message
/// says what was refused; nothing else escapes.
/// </summary>
public static class ResultZip
{
    /// <summary>Every file entry of <paramref name="zipBytes"/> by its '/'-separated path.</summary>
    public static ImmutableSortedDictionary<string, byte[]> Read(byte[] zipBytes, ResultZipLimits limits)
    {
        ArgumentNullException.ThrowIfNull(zipBytes);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            using var zip = new ZipFile(new MemoryStream(zipBytes, writable: false), leaveOpen: false);
            if (zip.Count > limits.MaxEntries)
            {
                throw Refused($"it has {zip.Count} entries, more than the {limits.MaxEntries} a result may hold");
            }

            var files = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
            var total = 0L;
            foreach (ZipEntry entry in zip)
            {
                CheckEntry(entry, limits);
                if (entry.IsDirectory)
                {
                    continue;
                }

                total += entry.Size;
                if (total > limits.MaxTotalBytes)
                {
                    throw Refused($"its entries add up to more than {limits.MaxTotalBytes} bytes");
                }

                var name = entry.Name;
                if (files.ContainsKey(name))
                {
                    throw Refused($"the entry '{name}' appears twice");
                }

                files[name] = ReadEntry(zip, entry);
            }

            return files.ToImmutable();
        }
        catch (Exception e) when (e is SharpZipBaseException or EndOfStreamException or NotSupportedException or ArgumentException)
        {
            throw Refused($"it is corrupt ({e.Message})", e);
        }
    }

    private static void CheckEntry(ZipEntry entry, ResultZipLimits limits)
    {
        var name = entry.Name;
        if (!IsSafeName(name))
        {
            throw Refused($"the entry name '{Printable(name)}' is not a relative path inside the result (absolute, '..', backslash or control character)");
        }

        if (entry.IsCrypted)
        {
            throw Refused($"the entry '{name}' is encrypted");
        }

        if (entry.CompressionMethod is not (CompressionMethod.Stored or CompressionMethod.Deflated))
        {
            throw Refused($"the entry '{name}' uses the compression method {entry.CompressionMethod}; only stored and deflated entries are read");
        }

        if (!entry.IsDirectory && (entry.Size < 0 || entry.Size > limits.MaxEntryBytes))
        {
            throw Refused(string.Create(CultureInfo.InvariantCulture, $"the entry '{name}' declares {entry.Size} bytes; at most {limits.MaxEntryBytes} are read"));
        }
    }

    /// <summary>Reads at most the declared size plus one byte, so a lying header cannot inflate without bound.</summary>
    private static byte[] ReadEntry(ZipFile zip, ZipEntry entry)
    {
        var content = new byte[entry.Size];
        using var stream = zip.GetInputStream(entry);
        var read = 0;
        while (read < content.Length)
        {
            var n = stream.Read(content, read, content.Length - read);
            if (n == 0)
            {
                throw Refused(string.Create(CultureInfo.InvariantCulture, $"the entry '{entry.Name}' holds {read} bytes, not the {entry.Size} it declares"));
            }

            read += n;
        }

        if (stream.ReadByte() >= 0)
        {
            throw Refused(string.Create(CultureInfo.InvariantCulture, $"the entry '{entry.Name}' holds more than the {entry.Size} bytes it declares"));
        }

        var crc = new Crc32();
        crc.Update(new ArraySegment<byte>(content));
        if (entry.HasCrc && crc.Value != entry.Crc)
        {
            throw Refused(string.Create(CultureInfo.InvariantCulture, $"the entry '{entry.Name}' fails its CRC-32 check ({crc.Value:x8}, the zip says {entry.Crc:x8})"));
        }

        return content;
    }

    private static bool IsSafeName(string name)
    {
        if (name.Length == 0 || name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal) || name.Any(char.IsControl)
            || (name.Length >= 2 && name[1] == ':'))
        {
            return false;
        }

        var segments = name.TrimEnd('/').Split('/');
        return segments.All(s => s.Length > 0 && s != ".." && s != ".");
    }

    private static string Printable(string name) => new([.. name.Select(c => char.IsControl(c) ? '?' : c)]);

    private static InvalidDataException Refused(string why, Exception? inner = null) =>
        new($"The result zip is refused: {why}.", inner);
}
