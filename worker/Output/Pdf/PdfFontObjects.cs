using System.Collections.Concurrent;
using UglyToad.PdfPig.Fonts.TrueType.Tables;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// The font's objects of a document, as PdfPig 0.1.16's <c>TrueTypeWritingFont.WriteFont</c>
/// writes them for the embedded DejaVu Sans: 2 the subset (<c>/FontFile2</c>, compressed; <see cref="TrueTypeSubset"/>), 3 the
/// descriptor, 4 the ToUnicode map, then 1 the font dictionary with one width per code. They
/// depend only on the characters in code order (<see cref="PdfCharacterCodes.Order"/>), so each
/// distinct order is built once per process and shared by the documents that draw it (thread-safe).
/// </summary>
public sealed class PdfFontObjects
{
    /// <summary>The object number of the font dictionary (reserved first by PdfPig's builder); 2, 3 and 4 follow it.</summary>
    public const int FontNumber = 1;

    private static readonly Lazy<PdfFontObjects> Shared = new(() => new PdfFontObjects(EmbeddedFont.Instance));

    private readonly ConcurrentDictionary<string, Written> _written = new(StringComparer.Ordinal);
    private readonly EmbeddedFont _font;
    private readonly byte[] _descriptorStart;
    private readonly byte[] _descriptorEnd;
    private readonly byte[] _fontStart;
    private readonly double _scaling;
    private long _requests;

    private PdfFontObjects(EmbeddedFont font)
    {
        _font = font;
        var tables = font.Font.TableRegister;
        _scaling = 1000.0 / tables.HeaderTable.UnitsPerEm;
        var name = tables.NameTable.GetPostscriptName() ?? throw new InvalidOperationException("The embedded font has no PostScript name.");
        var bounds = tables.HeaderTable.Bounds;
        var descriptor = new PdfBuffer(512).Text("<</Type /FontDescriptor /FontName /").Text(name).Text(" /Flags 4 /FontBBox [ ")
            .Value(Math.Round(bounds.Left * _scaling, 2)).Byte((byte)' ').Value(Math.Round(bounds.Bottom * _scaling, 2)).Byte((byte)' ')
            .Value(Math.Round(bounds.Right * _scaling, 2)).Byte((byte)' ').Value(Math.Round(bounds.Top * _scaling, 2)).Text(" ] /ItalicAngle ")
            .Value(tables.PostScriptTable.ItalicAngle).Text(" /Ascent ").Value(Math.Round(tables.HorizontalHeaderTable.Ascent * _scaling, 2))
            .Text(" /Descent ").Value(Math.Round(tables.HorizontalHeaderTable.Descent * _scaling, 2)).Text(" /CapHeight ");
        var os2 = tables.Os2Table ?? throw new InvalidOperationException("The embedded font has no OS/2 table.");
        descriptor.Value(os2 is Os2Version2To4OpenTypeTable capital ? capital.CapHeight : 90)
            .Text(" /StemV ").Value(bounds.Width * _scaling * 0.13).Text(" /FontFile2 2 0 R ");
        if (os2 is Os2Version2To4OpenTypeTable x)
        {
            descriptor.Text("/Xheight ").Value(x.XHeight).Byte((byte)' ');
        }

        _descriptorStart = "3 0 obj\n"u8.ToArray();
        _descriptorEnd = [.. descriptor.WrittenSpan, .. ">>\nendobj\n"u8];
        _fontStart = new PdfBuffer(128).Text("1 0 obj\n<</Type /Font /Subtype /TrueType /BaseFont /").Text(name).Text(" /FontDescriptor 3 0 R /FirstChar 0 /LastChar ").ToArray();
    }

    public static PdfFontObjects Instance => Shared.Value;

    /// <summary>How many documents asked for their font objects, and how many distinct character orders were built.</summary>
    public (long Requests, int Built) Counts => (Interlocked.Read(ref _requests), _written.Count);

    /// <summary>The objects for the characters in code order, ready to copy after the file header.</summary>
    public Written For(string order)
    {
        Interlocked.Increment(ref _requests);
        return _written.GetOrAdd(order, Write);
    }

    /// <summary>
    /// The objects' bytes, and the offset of objects 1 to 4 from the start of those bytes
    /// (<c>Offsets[0]</c> is object 1's).
    /// </summary>
    public sealed record Written(byte[] Bytes, int[] Offsets);

    private Written Write(string order)
    {
        var characters = order.ToCharArray();
        using var subset = new PdfBuffer(65536);
        _font.Subset(order, subset);
        var offsets = new int[4];
        using var output = new PdfBuffer(subset.Length + 8192);
        using var compressed = new PdfBuffer((subset.Length / 2) + 64);
        offsets[1] = output.Length;
        PdfFlate.Compress(subset.WrittenSpan, compressed);
        Stream(output, 2, compressed.WrittenSpan, subset.Length);
        offsets[2] = output.Length;
        output.Bytes(_descriptorStart).Bytes(_descriptorEnd);
        offsets[3] = output.Length;
        using var cmap = ToUnicode(characters);
        compressed.Clear();
        PdfFlate.Compress(cmap.WrittenSpan, compressed);
        Stream(output, 4, compressed.WrittenSpan, cmap.Length);
        offsets[0] = output.Length;
        output.Bytes(_fontStart).Digits(characters.Length).Text(" /Widths [ 0 ");
        var cmapTable = _font.Font.WindowsUnicodeCMap;
        var metrics = _font.Font.TableRegister.HorizontalMetricsTable;
        foreach (var c in characters)
        {
            output.Value(Math.Round(metrics.GetAdvanceWidth(cmapTable.CharacterCodeToGlyphIndex(c)) * _scaling, 2)).Byte((byte)' ');
        }

        output.Text("] /ToUnicode 4 0 R >>\nendobj\n");
        return new Written(output.ToArray(), offsets);
    }

    /// <summary>A stream object with <c>/Length</c>, <c>/Length1</c> and the Flate filter, as PdfPig's <c>DataCompressor.CompressToStream</c> writes it.</summary>
    public static void Stream(PdfBuffer output, int number, ReadOnlySpan<byte> compressed, int length)
    {
        output.Digits(number).Text(" 0 obj\n<</Length ").Digits(compressed.Length).Text(" /Length1 ").Digits(length).Text(" /Filter [ /FlateDecode ] >>\nstream\n")
            .Bytes(compressed).Text("\nendstream\nendobj\n");
    }

    /// <summary>PdfPig's <c>ToUnicodeCMapBuilder</c>: one <c>bfchar</c> entry per code, in code order.</summary>
    private static PdfBuffer ToUnicode(char[] characters)
    {
        var cmap = new PdfBuffer(512 + (16 * characters.Length));
        cmap.Text("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Text("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00><FF>\nendcodespacerange\n")
            .Digits(characters.Length).Text(" beginbfchar\n");
        Span<byte> unicode = stackalloc byte[2];
        for (var i = 0; i < characters.Length; i++)
        {
            unicode[0] = (byte)(characters[i] >> 8);
            unicode[1] = unchecked((byte)characters[i]);
            cmap.Hex([(byte)(i + 1)]).Hex(unicode).Byte((byte)'\n');
        }

        return cmap.Text("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    }
}
