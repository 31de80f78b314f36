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
        using var output = new PdfBuffer((data.Length / 3) + 64);
        Compress(data, output);
        return output.ToArray();
    }

    /// <summary>Appends the encoding of <paramref name="data"/> to <paramref name="output"/> (no copy through an intermediate array).</summary>
    public static void Compress(ReadOnlySpan<byte> data, PdfBuffer output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (data.IsEmpty)
        {
            output.Bytes(Empty);
            return;
        }

        using var zlib = new ZLibStream(new Appender(output), CompressionLevel.Fastest);
        zlib.Write(data);
    }

    /// <summary>A write-only stream that appends to a <see cref="PdfBuffer"/>.</summary>
    private sealed class Appender(PdfBuffer output) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => output.Length;

        public override long Position
        {
            get => output.Length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => output.Bytes(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => output.Bytes(buffer);

        public override void WriteByte(byte value) => output.Byte(value);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
