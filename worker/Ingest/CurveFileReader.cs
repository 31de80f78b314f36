using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Detects the format of each curve file from its content (the first <see cref="HeadChars"/>
/// characters, never the file name) and streams its readings. A file no format recognises is
/// still accounted for: each of its non-blank lines counts as read and rejected under one issue.
/// </summary>
public sealed class CurveFileReader(ImmutableArray<ICurveFormat> formats)
{
    public const int HeadChars = 4096;

    public static CurveFileReader Default { get; } = new([
        new PortalExportReader(),
        new PortalLayoutBReader(),
        new PortalLayoutCReader(),
        new R50Reader(),
        new R4xReader(),
        new GenericCurveReader(),
    ]);

    public IEnumerable<MeterReading> Read(DatasetEntry entry, CurveReadContext context, ConformityLog log) =>
        Read(entry, context, log, TryFast(entry, context), null);

    private PortalFastPath.Result? TryFast(DatasetEntry entry, CurveReadContext context)
    {
        byte[]? buffer = null;
        var length = PortalFastPath.Load(entry, ref buffer);
        return length < 0 ? null : TryFast(entry.Path, buffer.AsSpan(0, length), context, countOutside: false);
    }

    /// <summary>
    /// The common portal file read from bytes already loaded (<see cref="PortalFastPath.Load"/>),
    /// null when it takes the general path. Pure: for any thread.
    /// </summary>
    public PortalFastPath.Result? TryFast(string source, ReadOnlySpan<byte> bytes, CurveReadContext context, bool countOutside, MeterReading[]? reuse = null) =>
        PortalFastPath.TryRead(source, bytes, context, formats, countOutside, reuse);

    /// <summary>
    /// Like <see cref="Read(DatasetEntry, CurveReadContext, ConformityLog)"/>, with the file already
    /// tried by <see cref="TryFast"/>; the rows it counted outside the window go to <paramref name="outsideWindow"/>.
    /// </summary>
    public IEnumerable<MeterReading> Read(DatasetEntry entry, CurveReadContext context, ConformityLog log, PortalFastPath.Result? fast, List<OutOfWindowRows>? outsideWindow)
    {
        if (fast is not null)
        {
            if (fast.OutsideWindow is { } outside && outsideWindow is null)
            {
                throw new InvalidOperationException("Rows counted outside the window need a list to go to.");
            }

            log.FileSeen(entry.Path, fast.Format);
            foreach (var reading in fast.Readings)
            {
                yield return reading;
            }

            log.RowsRead(entry.Path, fast.RowsRead);
            if (fast.OutsideWindow is { } rows)
            {
                outsideWindow!.Add(rows);
            }

            yield break;
        }

        using var text = TextDecoding.Open(entry.Open());
        var buffer = new char[HeadChars];
        var count = text.ReadBlock(buffer, 0, buffer.Length);
        var head = new string(buffer, 0, count);
        var format = head.Trim('\uFEFF', ' ', '\r', '\n', '\t').Length == 0 ? null : formats.FirstOrDefault(f => f.Detect(head));
        // XML may hold a whole flux on one line: its lines get a far larger bound, which caps what one attribute can hold (element text is read in chunks, see XmlCurveReading).
        using var replay = new BoundedLineReader(new FirstLineReader(head, text, appendNewLine: false), IsXml(head) ? BoundedLineReader.MaxXmlLineChars : BoundedLineReader.MaxLineChars);
        if (format is null)
        {
            CountUnknown(entry.Path, head, replay, log);
            yield break;
        }

        log.FileSeen(entry.Path, format.Name);
        foreach (var reading in format.Read(replay, entry.Path, context, log))
        {
            yield return reading;
        }
    }

    private static bool IsXml(string head) => head.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith('<');

    /// <summary>The first non-blank line of a file head, without BOM.</summary>
    public static string FirstLine(string head)
    {
        using var lines = new StringReader(head.TrimStart('\uFEFF'));
        string? line;
        while ((line = lines.ReadLine()) is not null)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                return line.Trim();
            }
        }

        return string.Empty;
    }

    private static void CountUnknown(string source, string head, TextReader text, ConformityLog log)
    {
        log.FileSeen(source, "unknown");
        long rows = 0;
        string? line;
        while ((line = text.ReadLine()) is not null)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                log.RowRead(source);
                log.RowRejected(source, null);
                rows++;
            }
        }

        log.Add(new Issue(Severity.Warning, IssueCodes.FileFormatUnknown, source, 1,
            $"{source} line 1: not a load-curve format this engine reads (first line: '{Shorten(FirstLine(head))}'); its {rows} non-blank line(s) were counted as rejected. See docs/formats.md for the formats read.")
        { Field = "format" });
    }

    private static string Shorten(string line) => line.Length == 0 ? "<empty file>" : line.Length <= 60 ? line : line[..60] + "…";
}
