using System.Buffers.Binary;
using System.Text;
using UglyToad.PdfPig.Fonts.TrueType;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// The smallest font file from which PdfPig's subsetter (<c>TrueTypeSubsetter.Subset</c>, run by
/// its writer for each document) writes the same subset as from the whole DejaVu Sans: the tables
/// the subsetter reads or copies (cmap, cvt, fpgm, glyf, head, hhea, hmtx, loca, maxp, name, prep)
/// byte for byte, except that the glyf table keeps only the glyphs of the given characters, of
/// glyph 0 and of the components of composite glyphs; every other glyph is empty. Glyph indices,
/// the cmap and the metrics do not change, and each kept glyph keeps its bytes and its loca span
/// (the subsetter measures a composite glyph by its span), so the subset is the same while the
/// subsetter parses a few kilobytes of glyphs instead of 6,000 outlines.
/// </summary>
public sealed class SubsetSource
{
    private static readonly string[] Kept = ["cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "prep"];

    private readonly byte[] _font;
    private readonly TrueTypeFont _parsed;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);
    private readonly uint[] _loca;
    private readonly bool _longLoca;

    public SubsetSource(byte[] font, TrueTypeFont parsed)
    {
        _font = font;
        _parsed = parsed;
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var entry = font.AsSpan(12 + (16 * i), 16);
            _tables[Encoding.ASCII.GetString(entry[..4])] = ((int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
        }

        var missing = Kept.Where(t => !_tables.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The embedded font lacks the tables {string.Join(", ", missing)}.");
        }

        _longLoca = BinaryPrimitives.ReadInt16BigEndian(Table("head")[50..]) == 1;
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);
        var loca = Table("loca");
        _loca = new uint[glyphs + 1];
        for (var g = 0; g <= glyphs; g++)
        {
            _loca[g] = _longLoca ? BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * g)..]) : 2u * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * g)..]);
        }
    }

    /// <summary>The font file holding only the glyphs <paramref name="characters"/> need (see the type's summary).</summary>
    public byte[] For(IEnumerable<char> characters)
    {
        var needed = Glyphs(characters);
        var glyf = Table("glyf");
        using var glyphData = new MemoryStream();
        var loca = new byte[_loca.Length * (_longLoca ? 4 : 2)];
        for (var g = 0; g < _loca.Length; g++)
        {
            var at = (uint)glyphData.Position;
            if (_longLoca)
            {
                BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * g), at);
            }
            else
            {
                BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * g), checked((ushort)(at / 2)));
            }

            if (g < _loca.Length - 1 && needed.Contains(g))
            {
                glyphData.Write(glyf[(int)_loca[g]..(int)_loca[g + 1]]);
            }
        }

        return Write(glyphData.ToArray(), loca);
    }

    /// <summary>Glyph 0, the glyphs the Windows Unicode cmap gives the characters (as the subsetter maps them), and their components, transitively.</summary>
    private HashSet<int> Glyphs(IEnumerable<char> characters)
    {
        var cmap = _parsed.WindowsUnicodeCMap ?? throw new InvalidOperationException("The embedded font has no Windows Unicode cmap.");
        var needed = new HashSet<int> { 0 };
        var pending = new Stack<int>();
        foreach (var c in characters)
        {
            pending.Push((ushort)cmap.CharacterCodeToGlyphIndex(c));
        }

        var glyf = Table("glyf");
        while (pending.TryPop(out var g))
        {
            if (g >= _loca.Length - 1 || !needed.Add(g) || _loca[g + 1] <= _loca[g])
            {
                continue;
            }

            var data = glyf[(int)_loca[g]..(int)_loca[g + 1]];
            if (BinaryPrimitives.ReadInt16BigEndian(data) < 0)
            {
                foreach (var component in Components(data))
                {
                    pending.Push(component);
                }
            }
        }

        return needed;
    }

    /// <summary>The glyph indices of a composite glyph's components (OpenType glyf: flags, glyphIndex, arguments, an optional scale; MORE_COMPONENTS chains them).</summary>
    private static List<int> Components(ReadOnlySpan<byte> glyph)
    {
        const ushort argsAreWords = 0x0001, scale = 0x0008, moreComponents = 0x0020, xyScale = 0x0040, twoByTwo = 0x0080;
        var components = new List<int>();
        var at = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]));
            at += 4 + ((flags & argsAreWords) != 0 ? 4 : 2);
            at += (flags & scale) != 0 ? 2 : (flags & xyScale) != 0 ? 4 : (flags & twoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & moreComponents) != 0);
        return components;
    }

    /// <summary>An sfnt file of the kept tables (directory sorted by tag, each table 4-byte aligned; checksums left 0, which the parser does not read).</summary>
    private byte[] Write(byte[] glyf, byte[] loca)
    {
        var header = 12 + (16 * Kept.Length);
        var total = header + Kept.Sum(t => Padded(t == "glyf" ? glyf.Length : t == "loca" ? loca.Length : _tables[t].Length));
        var file = new byte[total];
        _font.AsSpan(0, 4).CopyTo(file);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(4), (ushort)Kept.Length);
        var at = header;
        for (var i = 0; i < Kept.Length; i++)
        {
            var tag = Kept[i];
            ReadOnlySpan<byte> table = tag switch { "glyf" => glyf, "loca" => loca, _ => Table(tag) };
            var entry = file.AsSpan(12 + (16 * i), 16);
            Encoding.ASCII.GetBytes(tag, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)table.Length);
            table.CopyTo(file.AsSpan(at));
            at += Padded(table.Length);
        }

        return file;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private ReadOnlySpan<byte> Table(string tag) => _font.AsSpan(_tables[tag].Offset, _tables[tag].Length);
}
