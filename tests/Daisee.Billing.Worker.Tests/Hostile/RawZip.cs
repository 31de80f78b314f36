using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Daisee.Billing.Worker.Tests.Hostile;

/// <summary>
/// Writes a zip byte by byte (APPNOTE 4.3.7 local headers, 4.3.12 central directory, 4.3.16
/// end record), so that a test can state every header field a hostile archive lies about:
/// flags, method, CRC, sizes, zip64 sizes, names, duplicates, external attributes.
/// </summary>
public sealed class RawZip
{
    private readonly List<RawZipEntry> _entries = [];

    public RawZip Add(string name, byte[] data) => Add(new RawZipEntry(name, data));

    public RawZip Add(string name, string text) => Add(name, Encoding.UTF8.GetBytes(text));

    public RawZip Add(RawZipEntry entry)
    {
        _entries.Add(entry);
        return this;
    }

    /// <summary>Deflates <paramref name="data"/> and stores it under <paramref name="name"/> with method 8.</summary>
    public RawZip AddDeflated(string name, byte[] data)
    {
        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return Add(new RawZipEntry(name, packed.ToArray()) { Method = 8, Crc = Crc32.HashToUInt32(data), UncompressedSize = (uint)data.Length });
    }

    public IReadOnlyList<RawZipEntry> Entries => _entries;

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }

    public void WriteTo(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        var offsets = new List<uint>();
        foreach (var e in _entries)
        {
            offsets.Add((uint)stream.Position);
            w.Write(0x04034b50u);
            WriteCommon(w, e, e.LocalExtra ?? e.Extra);
            w.Write(Encoding.UTF8.GetBytes(e.Name));
            w.Write(e.LocalExtra ?? e.Extra);
            w.Flush();
            if (e.Content is { } content)
            {
                content(stream);
            }
            else
            {
                w.Write(e.Data);
            }
        }

        var directoryStart = (uint)stream.Position;
        for (var i = 0; i < _entries.Count; i++)
        {
            var e = _entries[i];
            w.Write(0x02014b50u);
            w.Write((ushort)0x031E);
            WriteCommon(w, e, e.Extra);
            w.Write((ushort)0);
            w.Write((ushort)0);
            w.Write((ushort)0);
            w.Write(e.ExternalAttributes);
            w.Write(offsets[i]);
            w.Write(Encoding.UTF8.GetBytes(e.Name));
            w.Write(e.Extra);
        }

        var directorySize = (uint)stream.Position - directoryStart;
        w.Write(0x06054b50u);
        w.Write((ushort)0);
        w.Write((ushort)0);
        w.Write((ushort)_entries.Count);
        w.Write((ushort)_entries.Count);
        w.Write(directorySize);
        w.Write(directoryStart);
        w.Write((ushort)0);
        w.Flush();
    }

    /// <summary>A zip64 extended-information extra field (header 0x0001) holding an uncompressed and a compressed size.</summary>
    public static byte[] Zip64Sizes(ulong uncompressed, ulong compressed)
    {
        var extra = new byte[20];
        BitConverter.TryWriteBytes(extra.AsSpan(0, 2), (ushort)0x0001);
        BitConverter.TryWriteBytes(extra.AsSpan(2, 2), (ushort)16);
        BitConverter.TryWriteBytes(extra.AsSpan(4, 8), uncompressed);
        BitConverter.TryWriteBytes(extra.AsSpan(12, 8), compressed);
        return extra;
    }

    private static void WriteCommon(BinaryWriter w, RawZipEntry e, byte[] extra)
    {
        w.Write((ushort)45);
        w.Write(e.Flags);
        w.Write(e.Method);
        w.Write((ushort)0);
        w.Write((ushort)0x5821);
        w.Write(e.Crc ?? Crc32.HashToUInt32(e.Data));
        w.Write(e.CompressedSize ?? (uint)e.Data.Length);
        w.Write(e.UncompressedSize ?? (uint)e.Data.Length);
        w.Write((ushort)Encoding.UTF8.GetByteCount(e.Name));
        w.Write((ushort)extra.Length);
    }
}
