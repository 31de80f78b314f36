using System.Buffers;
using System.Globalization;
using System.Text;

namespace Daisee.Billing.Worker.Validation;

/// <summary>
/// The bytes of <c>collective.json</c> before they are parsed: at most a bounded size (a huge file
/// is refused without being read whole) and valid UTF-8 (a Latin-1 byte, e.g. in a key, is
/// reported with its line instead of failing later when a name is decoded). A UTF-8 BOM is skipped.
/// </summary>
public static class CollectiveText
{
    public static (ReadOnlyMemory<byte> Utf8, (int Line, string Message)? Problem) Read(Stream json, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(json);
        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int n;
        while (length < buffer.Length && (n = json.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += n;
        }

        if (length > maxBytes)
        {
            return (default, (0, string.Create(CultureInfo.InvariantCulture, $"is larger than {maxBytes} bytes: refused before parsing (a collective.json is a few kB).")));
        }

        var utf8 = buffer.AsMemory(0, length);
        if (utf8.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        var offset = FirstInvalidByte(utf8.Span);
        if (offset >= 0)
        {
            var line = 1 + utf8.Span[..offset].Count((byte)'\n');
            return (default, (line, string.Create(CultureInfo.InvariantCulture,
                $"is not valid UTF-8: byte 0x{utf8.Span[offset]:X2} at line {line} (offset {offset}); save the file as UTF-8 (a Latin-1 or Windows-1252 export?).")));
        }

        return (utf8, null);
    }

    /// <summary>The offset of the first byte that does not start a valid UTF-8 sequence; -1 when all are valid.</summary>
    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }
}
