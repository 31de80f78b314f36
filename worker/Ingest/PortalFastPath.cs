using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Layout-A portal exports (<see cref="PortalExportReader"/>) read straight from their bytes, for
/// the common file: ASCII after an optional UTF-8 BOM, lines ended by LF or CRLF, the header line
/// first, the metadata line, the column line, then body rows of exactly <c>stamp;digits</c> (a
/// stamp of 20 or 25 characters, at most the unit's digits) or empty lines, every step aligned and
/// every value within the exact energy rule. Such a file yields exactly the readings, lines and
/// row count that the general path (<see cref="TextDecoding"/>, <see cref="DelimitedRows"/>,
/// <see cref="EndStampedBody"/>) yields for it, without decoding text or splitting fields. Any
/// other file gives null and goes through the general path, which alone reports on it: nothing
/// here logs. Pure, so files can be read on several threads and merged in file order.
/// </summary>
public static class PortalFastPath
{
    /// <summary>Files are read whole: larger ones take the streaming general path.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>
    /// A file read in full: its format name, its readings in file order, the number of rows read
    /// and, when asked to count them apart, its rows outside the context's window (null when none).
    /// The readings may lie in the array given to <see cref="TryRead"/> to reuse: valid until it is reused.
    /// </summary>
    public sealed record Result(string Format, ArraySegment<MeterReading> Readings, long RowsRead, OutOfWindowRows? OutsideWindow);

    /// <summary>
    /// Loads the whole file into <paramref name="buffer"/> (grown when too small, else reused) and
    /// gives its length, or -1 when it is too large for this path or cannot be read (the general path
    /// then meets and reports the same problem).
    /// </summary>
    public static int Load(DatasetEntry entry, ref byte[]? buffer)
    {
        if (entry.Length is <= 0 or > MaxBytes)
        {
            return -1;
        }

        if (buffer is null || buffer.Length < entry.Length)
        {
            buffer = new byte[Math.Max(entry.Length, 64 * 1024)];
        }

        try
        {
            return ReadAll(entry, buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException)
        {
            return -1;
        }
    }

    /// <param name="source">The file's path in the dataset, as its readings and issues name it.</param>
    /// <param name="bytes">The file's bytes (<see cref="Load"/>); nothing of them is kept.</param>
    /// <param name="countOutside">True to count the rows outside the window (<see cref="Result.OutsideWindow"/>) instead of making a reading of each.</param>
    /// <param name="reuse">An array the readings may be written into (when it is large enough), instead of a new one.</param>
    public static Result? TryRead(string source, ReadOnlySpan<byte> bytes, CurveReadContext context, ImmutableArray<ICurveFormat> formats, bool countOutside, MeterReading[]? reuse = null)
    {
        var text = bytes;
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        if (text.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 || !CarriageReturnsEndLines(text))
        {
            return null;
        }

        var head = System.Text.Encoding.ASCII.GetString(text[..Math.Min(text.Length, CurveFileReader.HeadChars)]);
        var format = head.Trim('\uFEFF', ' ', '\r', '\n', '\t').Length == 0 ? null : formats.FirstOrDefault(f => f.Detect(head));
        if (format is not PortalExportReader)
        {
            return null;
        }

        var lines = new LineCursor(text);
        if (!lines.Next(out var first) || !lines.Next(out var metadata) || !lines.Next(out var columns)
            || first.Length > BoundedLineReader.MaxLineChars || metadata.Length > BoundedLineReader.MaxLineChars || columns.Length > BoundedLineReader.MaxLineChars
            || metadata.Length == 0 || metadata.Contains((byte)'"') || columns.Contains((byte)'"'))
        {
            return null;
        }

        var firstLine = System.Text.Encoding.ASCII.GetString(first);
        if (string.IsNullOrWhiteSpace(firstLine))
        {
            return null;
        }

        var separator = DelimitedLines.SeparatorOf(firstLine);
        if (DelimitedLines.IsBlank(DelimitedLines.Split(firstLine, separator)))
        {
            return null;
        }

        // The header logs only when it fails, and then the general path reads the file again and logs it.
        var fields = DelimitedLines.Split(System.Text.Encoding.ASCII.GetString(metadata), separator);
        if (PortalHeader.Parse(fields, source, 2, context, new ConformityLog()) is not { } header)
        {
            return null;
        }

        var meta = new EndStampedBody.Meta(header.Prm, header.Direction, header.Unit, header.DeclaredStep, "Horodate", "Valeur");
        var body = new PortalFastBody(source, meta, context, countOutside, text.Count((byte)'\n') + 1, reuse);
        return body.TryRead(ref lines, (byte)separator)
            ? new Result(format.Name, body.Readings(), body.Read, body.OutsideRows > 0 ? new OutOfWindowRows(source, meta.Prm, body.OutsideFirstLine, body.OutsideRows) : null)
            : null;
    }

    /// <summary>True when every CR is followed by LF (a lone CR would end a line for the text reader, not for this cursor).</summary>
    private static bool CarriageReturnsEndLines(ReadOnlySpan<byte> text)
    {
        int at;
        while ((at = text.IndexOf((byte)'\r')) >= 0)
        {
            if (at + 1 >= text.Length || text[at + 1] != '\n')
            {
                return false;
            }

            text = text[(at + 2)..];
        }

        return true;
    }

    private static int ReadAll(DatasetEntry entry, byte[] buffer)
    {
        using var stream = entry.Open();
        var total = 0;
        int n;
        while (total < entry.Length && (n = stream.Read(buffer, total, (int)entry.Length - total)) > 0)
        {
            total += n;
        }

        return total;
    }

    /// <summary>Physical lines (LF-ended, a CR before the LF dropped) with their 1-based numbers; a final LF opens no line.</summary>
    internal ref struct LineCursor(ReadOnlySpan<byte> text)
    {
        private ReadOnlySpan<byte> _rest = text;

        public int Line { get; private set; }

        public bool Next(out ReadOnlySpan<byte> line)
        {
            if (_rest.IsEmpty)
            {
                line = default;
                return false;
            }

            var end = _rest.IndexOf((byte)'\n');
            line = end < 0 ? _rest : _rest[..end];
            _rest = end < 0 ? default : _rest[(end + 1)..];
            if (!line.IsEmpty && line[^1] == '\r')
            {
                line = line[..^1];
            }

            Line++;
            return true;
        }
    }
}
