using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The bytes of a JSON file, read up to a bound and checked to be UTF-8 (RFC 8259 §8.1) before
/// any parser sees them, so that neither the size nor a stray Latin-1 byte (in a key or a value)
/// reaches the JSON stack. A problem names the 1-based line of the offending byte.
/// </summary>
public static class JsonBytes
{
    public const int MaxDepth = 64;

    public static (byte[] Bytes, (int Line, string Message)? Problem) Read(Stream stream, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                return ([], (1, $"the file is larger than {maxBytes} bytes; nothing was read."));
            }

            buffer.Write(chunk, 0, n);
        }

        var bytes = buffer.ToArray();
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }

        var invalid = FirstInvalidUtf8(span);
        if (invalid >= 0)
        {
            var line = span[..invalid].Count((byte)'\n') + 1;
            return ([], (line, $"byte 0x{span[invalid]:X2} at offset {invalid} is not UTF-8 (a Latin-1 or Windows-1252 accent?); save the file as UTF-8."));
        }

        return (span.ToArray(), null);
    }

    /// <summary>Offset of the first byte that does not start a valid UTF-8 sequence; −1 when all are valid.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status == OperationStatus.InvalidData)
                {
                    return offset;
                }

                if (status == OperationStatus.Done)
                {
                    return -1;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
