using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Glyphs;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// The font subset PdfPig 0.1.16's <c>TrueTypeSubsetter.Subset</c> writes for characters in code
/// order, written from the font parsed once: glyph 0 then one glyph per code, the components of
/// composite glyphs appended after them (their references renumbered), each glyph's bytes as
/// that subsetter measures them (a simple glyph up to the end of its coordinates, a composite
/// glyph its location span less one byte) padded to 4; a one-byte Macintosh cmap (code i → glyph i),
/// the metrics of the kept glyphs, long locations, <c>head</c>/<c>hhea</c>/<c>maxp</c> patched, the
/// hinting and name tables copied; tables sorted by tag, each with its checksum (the head's
/// without its adjustment). The tests compare it with PdfPig's subsetter.
/// </summary>
public sealed class TrueTypeSubset
{
    private static readonly string[] Required = ["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"];
    private static readonly string[] Optional = ["cvt ", "fpgm", "prep", "name"];

    private readonly byte[] _font;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);
    private readonly string[] _tags;
    private readonly TrueTypeGlyphs.Glyph[] _glyphs;
    private readonly IReadOnlyList<HorizontalMetric> _metrics;
    private readonly TrueTypeFont _parsed;
    private readonly ushort _cmapVersion;

    public TrueTypeSubset(byte[] font, TrueTypeFont parsed)
    {
        _font = font;
        _parsed = parsed;
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var entry = font.AsSpan(12 + (16 * i), 16);
            _tables[Encoding.ASCII.GetString(entry[..4])] = ((int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
        }

        if (Required.FirstOrDefault(t => !_tables.ContainsKey(t)) is { } missing)
        {
            throw new InvalidOperationException($"The embedded font lacks the table {missing} a subset needs.");
        }

        _tags = [.. Required.Concat(Optional.Where(_tables.ContainsKey)).Order(StringComparer.Ordinal)];
        _metrics = parsed.TableRegister.HorizontalMetricsTable.HorizontalMetrics;
        _cmapVersion = parsed.TableRegister.CMapTable.Version;
        _glyphs = TrueTypeGlyphs.Read(font, _tables["glyf"].Offset, _tables["loca"].Offset, _tables["head"].Offset, _tables["maxp"].Offset);
    }

    /// <summary>The subset font file for the characters in code order (code 1 first).</summary>
    public byte[] For(string order)
    {
        using var output = new PdfBuffer(65536);
        Write(order, output);
        return output.ToArray();
    }

    /// <summary>
    /// Appends the subset font file for the characters in code order to <paramref name="output"/>,
    /// each table written in place (the glyph table and its locations before the tables that count
    /// its glyphs), the table directory filled in as the tables pass.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(string order, PdfBuffer output)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(output);
        var cmap = _parsed.WindowsUnicodeCMap ?? _parsed.WindowsSymbolCMap ?? _parsed.MacRomanCMap
            ?? throw new InvalidOperationException("The embedded font has no cmap subtable to subset from.");
        var kept = new List<int>(order.Length + 8) { 0 };
        foreach (var c in order)
        {
            kept.Add((ushort)cmap.CharacterCodeToGlyphIndex(c));
        }

        var start = output.Length;
        var tables = (ushort)_tags.Length;
        var header = output.Free(12 + (16 * tables))[..(12 + (16 * tables))];
        header.Clear();
        ushort power = 1;
        while (power * 2 <= tables)
        {
            power *= 2;
        }

        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(header[4..], tables);
        BinaryPrimitives.WriteUInt16BigEndian(header[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(header[8..], (ushort)Math.Log(power, 2));
        BinaryPrimitives.WriteUInt16BigEndian(header[10..], (ushort)((tables * 16) - (power * 16)));
        output.Advance(header.Length);
        var locations = new List<uint>(kept.Count + 8);
        for (var i = 0; i < _tags.Length; i++)
        {
            var at = output.Length;
            Table(_tags[i], order.Length + 1, kept, locations, output);
            var length = output.Length - at;
            var entry = output.Written.Slice(start + 12 + (16 * i), 16);
            Encoding.ASCII.GetBytes(_tags[i], entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(output.WrittenSpan.Slice(at, length), _tags[i] == "head"));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)(at - start));
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)length);
            Pad(output, length);
        }
    }

    private static void Pad(PdfBuffer output, int length)
    {
        var pad = (4 - (length % 4)) % 4;
        output.Free(pad)[..pad].Clear();
        output.Advance(pad);
    }

    /// <summary>Appends one table; the glyph table fills <paramref name="locations"/> (and <paramref name="kept"/> grows by the composites' components), which the later tables read.</summary>
    private void Table(string tag, int codes, List<int> kept, List<uint> locations, PdfBuffer output)
    {
        switch (tag)
        {
            case "cmap":
                var cmap = output.Free(4 + 8 + 262)[..(4 + 8 + 262)];
                cmap.Clear();
                BinaryPrimitives.WriteUInt16BigEndian(cmap, _cmapVersion);
                BinaryPrimitives.WriteUInt16BigEndian(cmap[2..], 1);
                BinaryPrimitives.WriteUInt16BigEndian(cmap[4..], 1);
                BinaryPrimitives.WriteUInt32BigEndian(cmap[8..], 12);
                BinaryPrimitives.WriteUInt16BigEndian(cmap[14..], 262);
                for (var i = 1; i < Math.Min(256, codes); i++)
                {
                    cmap[18 + i] = (byte)i;
                }

                output.Advance(cmap.Length);
                return;
            case "glyf":
                GlyphData(kept, locations, output);
                return;
            case "hmtx":
                var hmtx = output.Free(4 * (locations.Count - 1));
                for (var i = 0; i < locations.Count - 1; i++)
                {
                    var metric = _metrics[kept[i]];
                    BinaryPrimitives.WriteUInt16BigEndian(hmtx[(4 * i)..], metric.AdvanceWidth);
                    BinaryPrimitives.WriteInt16BigEndian(hmtx[((4 * i) + 2)..], metric.LeftSideBearing);
                }

                output.Advance(4 * (locations.Count - 1));
                return;
            case "loca":
                var loca = output.Free(4 * locations.Count);
                for (var i = 0; i < locations.Count; i++)
                {
                    BinaryPrimitives.WriteUInt32BigEndian(loca[(4 * i)..], locations[i]);
                }

                output.Advance(4 * locations.Count);
                return;
            default:
                var (offset, length) = _tables[tag];
                var at = output.Length;
                output.Bytes(_font.AsSpan(offset, length));
                var copy = output.Written[at..];
                switch (tag)
                {
                    case "head":
                        BinaryPrimitives.WriteUInt16BigEndian(copy[^4..], 1);
                        break;
                    case "hhea":
                        BinaryPrimitives.WriteUInt16BigEndian(copy[^2..], (ushort)(locations.Count - 1));
                        break;
                    case "maxp":
                        BinaryPrimitives.WriteUInt16BigEndian(copy[4..], (ushort)(locations.Count - 1));
                        break;
                }

                return;
        }
    }

    /// <summary>Appends the glyph table of the kept glyphs (<paramref name="kept"/> grows by the composites' components) and fills its long locations.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void GlyphData(List<int> kept, List<uint> locations, PdfBuffer output)
    {
        var start = output.Length;
        for (var i = 0; i < kept.Count; i++)
        {
            var glyph = _glyphs[kept[i]];
            locations.Add((uint)(output.Length - start));
            if (glyph.Length == 0)
            {
                continue;
            }

            var at = output.Length;
            output.Bytes(_font.AsSpan(glyph.Offset, glyph.Length));
            for (var d = 0; d < glyph.Components.Length; d++)
            {
                var index = kept.IndexOf(glyph.Components[d]);
                if (index < 0)
                {
                    index = kept.Count;
                    kept.Add(glyph.Components[d]);
                }

                BinaryPrimitives.WriteUInt16BigEndian(output.Written[(at + glyph.ComponentAt[d])..], (ushort)index);
            }

            Pad(output, glyph.Length);
        }

        locations.Add((uint)(output.Length - start));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint Checksum(ReadOnlySpan<byte> table, bool head)
    {
        var sum = 0u;
        Span<byte> word = stackalloc byte[4];
        for (var at = 0; at < table.Length; at += 4)
        {
            word.Clear();
            table[at..Math.Min(at + 4, table.Length)].CopyTo(word);
            if (head && at == 8)
            {
                word.Clear();
            }

            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(word));
        }

        return sum;
    }
}
