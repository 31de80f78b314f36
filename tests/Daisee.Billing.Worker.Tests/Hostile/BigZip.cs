using System.IO.Hashing;

namespace Daisee.Billing.Worker.Tests.Hostile;

/// <summary>Streams a zip with one big stored entry (prefix, filler bytes, suffix) to disk without holding it in memory.</summary>
public static class BigZip
{
    public static void Write(string path, RawZip zip, string name, byte[] prefix, byte filler, long size, byte[] suffix)
    {
        var block = new byte[1 << 20];
        Array.Fill(block, filler);
        var crc = new Crc32();
        Fill(prefix, block, size, suffix, crc.Append);
        var total = checked((uint)(prefix.Length + size + suffix.Length));
        zip.Add(new RawZipEntry(name, []) { Crc = crc.GetCurrentHashAsUInt32(), CompressedSize = total, UncompressedSize = total, Content = s => Fill(prefix, block, size, suffix, s.Write) });
        using var file = File.Create(path);
        zip.WriteTo(file);
    }

    private static void Fill(byte[] prefix, byte[] block, long size, byte[] suffix, Action<ReadOnlySpan<byte>> write)
    {
        write(prefix);
        for (var left = size; left > 0; left -= block.Length)
        {
            write(block.AsSpan(0, (int)Math.Min(block.Length, left)));
        }

        write(suffix);
    }
}
