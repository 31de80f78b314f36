using System.Buffers.Binary;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// The glyphs of a TrueType font file as PdfPig 0.1.16's subsetter measures them, read once for
/// <see cref="TrueTypeSubset"/>: a simple glyph up to the end of its coordinates, a composite glyph
/// its location span less one byte, with where each component's glyph index sits.
/// </summary>
internal static class TrueTypeGlyphs
{
    /// <summary>
    /// A glyph as the subsetter reads it: its offset in the file, its length (0 when empty), and for a
    /// composite glyph its components' glyph indices and where each index sits in the glyph's bytes.
    /// </summary>
    public sealed record Glyph(int Offset, int Length, int[] Components, int[] ComponentAt);

    /// <summary>Every glyph of the font file, from the offsets of its glyf, loca, head and maxp tables.</summary>
    public static Glyph[] Read(byte[] font, int glyfOffset, int locaOffset, int headOffset, int maxpOffset)
    {
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(headOffset + 50)) == 1;
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(maxpOffset + 4));
        uint Location(int g) => longLoca ? BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(locaOffset + (4 * g))) : 2u * BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(locaOffset + (2 * g)));
        var glyphs = new Glyph[count];
        for (var g = 0; g < count; g++)
        {
            var start = Location(g);
            var end = Location(g + 1);
            var offset = glyfOffset + (int)start;
            if (end <= start)
            {
                glyphs[g] = new Glyph(offset, 0, [], []);
                continue;
            }

            var contours = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(offset));
            glyphs[g] = contours >= 0
                ? new Glyph(offset, SimpleLength(font.AsSpan(offset), contours), [], [])
                : Composite(font, offset, (int)(end - start) - 1);
        }

        return glyphs;
    }

    /// <summary>The bytes of a simple glyph up to its last coordinate: header, contour ends, instructions, flags (with repeats), x then y coordinates.</summary>
    private static int SimpleLength(ReadOnlySpan<byte> glyph, int contours)
    {
        if (contours == 0)
        {
            return 10;
        }

        var at = 10 + (2 * contours);
        var points = BinaryPrimitives.ReadUInt16BigEndian(glyph[(at - 2)..]) + 1;
        at += 2 + BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
        var flags = new byte[points];
        for (var i = 0; i < points; i++)
        {
            var flag = glyph[at++];
            flags[i] = flag;
            if ((flag & 8) == 0)
            {
                continue;
            }

            var repeats = glyph[at++];
            for (var r = 0; r < repeats; r++)
            {
                flags[++i] = flag;
            }
        }

        foreach (var (single, same) in new[] { (2, 16), (4, 32) })
        {
            foreach (var flag in flags)
            {
                at += (flag & single) != 0 ? 1 : (flag & same) != 0 ? 0 : 2;
            }
        }

        return at;
    }

    private static Glyph Composite(byte[] font, int offset, int length)
    {
        const ushort argsAreWords = 0x0001, scale = 0x0008, moreComponents = 0x0020, xyScale = 0x0040, twoByTwo = 0x0080;
        var components = new List<int>();
        var positions = new List<int>();
        var at = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset + at));
            positions.Add(at + 2);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset + at + 2)));
            at += 4 + ((flags & argsAreWords) != 0 ? 4 : 2);
            at += (flags & scale) != 0 ? 2 : (flags & xyScale) != 0 ? 4 : (flags & twoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & moreComponents) != 0);
        return new Glyph(offset, length, [.. components], [.. positions]);
    }
}
