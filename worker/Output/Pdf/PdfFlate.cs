using System.IO.Compression;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// The <c>/FlateDecode</c> encoding of PdfPig 0.1.16's writer (its <c>FlateFilter.Encode</c>): a
/// zlib stream at the fastest deflate level (header 78 01, the raw deflate of .NET's
/// <see cref="DeflateStream"/> at <see cref="CompressionLevel.Fastest"/>, Adler-32 big-endian),
/// which is what <see cref="ZLibStream"/> writes at that level.
/// </summary>
public static class PdfFlate
{
    /// <summary>Empty data: PdfPig's header and the Adler-32 of nothing (1), the deflate stream writing no block at all.</summary>
    private static readonly byte[] Empty = [0x78, 0x01, 0, 0, 0, 1];

    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return [.. Empty];
        }

        using var output = new MemoryStream((data.Length / 3) + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
