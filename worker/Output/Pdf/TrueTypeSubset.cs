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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public byte[] For(string order)
    {
        var cmap = _parsed.WindowsUnicodeCMap ?? _parsed.WindowsSymbolCMap ?? _parsed.MacRomanCMap
            ?? throw new InvalidOperationException("The embedded font has no cmap subtable to subset from.");
        var kept = new List<int>(order.Length + 8) { 0 };
        foreach (var c in order)
        {
            kept.Add((ushort)cmap.CharacterCodeToGlyphIndex(c));
        }

        var (glyf, locations) = GlyphData(kept);
        var output = new MemoryStream(glyf.Length + 16384);
        var header = new byte[12 + (16 * _tags.Length)];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
        var tables = (ushort)_tags.Length;
        ushort power = 1;
        while (power * 2 <= tables)
        {
            power *= 2;
        }

        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), tables);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(8), (ushort)Math.Log(power, 2));
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(10), (ushort)((tables * 16) - (power * 16)));
        output.Write(header);
        for (var i = 0; i < _tags.Length; i++)
        {
            var table = Table(_tags[i], order.Length + 1, kept, glyf, locations);
            var entry = header.AsSpan(12 + (16 * i), 16);
            Encoding.ASCII.GetBytes(_tags[i], entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(table, _tags[i] == "head"));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)output.Position);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)table.Length);
            output.Write(table);
            output.Write(new byte[(4 - (table.Length % 4)) % 4]);
        }

        var result = output.ToArray();
        header.AsSpan(12).CopyTo(result.AsSpan(12));
        return result;
    }

    private byte[] Table(string tag, int codes, List<int> kept, byte[] glyf, List<uint> locations)
    {
        switch (tag)
        {
            case "cmap":
                var cmap = new byte[4 + 8 + 262];
                BinaryPrimitives.WriteUInt16BigEndian(cmap, _cmapVersion);
                BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), 1);
                BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(4), 1);
                BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(8), 12);
                BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(14), 262);
                for (var i = 1; i < Math.Min(256, codes); i++)
                {
                    cmap[18 + i] = (byte)i;
                }

                return cmap;
            case "glyf":
                return glyf;
            case "hmtx":
                var hmtx = new byte[4 * (locations.Count - 1)];
                for (var i = 0; i < locations.Count - 1; i++)
                {
                    var metric = _metrics[kept[i]];
                    BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(4 * i), metric.AdvanceWidth);
                    BinaryPrimitives.WriteInt16BigEndian(hmtx.AsSpan((4 * i) + 2), metric.LeftSideBearing);
                }

                return hmtx;
            case "loca":
                var loca = new byte[4 * locations.Count];
                for (var i = 0; i < locations.Count; i++)
                {
                    BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), locations[i]);
                }

                return loca;
            default:
                var (offset, length) = _tables[tag];
                var copy = _font.AsSpan(offset, length).ToArray();
                var glyphs = (ushort)(locations.Count - 1);
                switch (tag)
                {
                    case "head":
                        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(copy.Length - 4), 1);
                        break;
                    case "hhea":
                        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(copy.Length - 2), glyphs);
                        break;
                    case "maxp":
                        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(4), glyphs);
                        break;
                }

                return copy;
        }
    }

    /// <summary>The glyph table of the kept glyphs (<paramref name="kept"/> grows by the composites' components) and its long locations.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (byte[] Glyf, List<uint> Locations) GlyphData(List<int> kept)
    {
        var locations = new List<uint>(kept.Count + 1);
        var glyf = new MemoryStream(kept.Count * 256);
        for (var i = 0; i < kept.Count; i++)
        {
            var glyph = _glyphs[kept[i]];
            locations.Add((uint)glyf.Length);
            if (glyph.Length == 0)
            {
                continue;
            }

            var bytes = _font.AsSpan(glyph.Offset, glyph.Length).ToArray();
            for (var d = 0; d < glyph.Components.Length; d++)
            {
                var index = kept.IndexOf(glyph.Components[d]);
                if (index < 0)
                {
                    index = kept.Count;
                    kept.Add(glyph.Components[d]);
                }

                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(glyph.ComponentAt[d]), (ushort)index);
            }

            glyf.Write(bytes);
            glyf.Write(new byte[(4 - (bytes.Length % 4)) % 4]);
        }

        locations.Add((uint)glyf.Length);
        return (glyf.ToArray(), locations);
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
