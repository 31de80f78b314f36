using System.Text;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Opens a text stream with the grid operator's encodings: UTF-8 with or without BOM, or
/// Latin-1 when the first 64 KiB are not valid UTF-8. Only that prefix is buffered; the rest
/// streams through.
/// </summary>
public static class TextDecoding
{
    private const int SniffBytes = 64 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static StreamReader Open(Stream stream)
    {
        var prefix = new byte[SniffBytes];
        var read = ReadPrefix(stream, prefix);
        var encoding = LooksUtf8(prefix.AsSpan(0, read), read < SniffBytes) ? Encoding.UTF8 : Encoding.Latin1;
        var replay = new ReplayStream(prefix.AsMemory(0, read), stream);
        return new StreamReader(replay, encoding, detectEncodingFromByteOrderMarks: true);
    }

    private static int ReadPrefix(Stream stream, byte[] prefix)
    {
        var total = 0;
        int n;
        while (total < prefix.Length && (n = stream.Read(prefix, total, prefix.Length - total)) > 0)
        {
            total += n;
        }

        return total;
    }

    private static bool LooksUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        // A multi-byte sequence may be cut at the end of an incomplete prefix: ignore the last 3 bytes.
        var length = complete ? bytes.Length : Math.Max(0, bytes.Length - 3);
        try
        {
            StrictUtf8.GetCharCount(bytes[..length]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
