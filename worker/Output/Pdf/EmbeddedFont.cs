using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// The embedded DejaVu Sans, parsed once per process and shared by every document: its tables
/// (read-only once parsed) give the widths the writer measures, the glyphs it can draw, and its
/// subsets (<see cref="TrueTypeSubset"/>).
/// </summary>
public sealed class EmbeddedFont
{
    public const string Resource = "Daisee.Billing.Worker.Output.Fonts.DejaVuSans.ttf";

    private static readonly Lazy<EmbeddedFont> Shared = new(() => new EmbeddedFont(ReadResource()));

    private readonly TrueTypeSubset _subset;

    private EmbeddedFont(byte[] bytes)
    {
        Bytes = bytes;
        Font = TrueTypeFontParser.Parse(new TrueTypeDataBytes(bytes));
        Advances = new double[char.MaxValue + 1];
        Array.Fill(Advances, Unknown);
        _subset = new TrueTypeSubset(bytes, Font);
    }

    /// <summary>The process's one parsed copy of the embedded font.</summary>
    public static EmbeddedFont Instance => Shared.Value;

    /// <summary>The font file as embedded in the worker.</summary>
    public byte[] Bytes { get; }

    /// <summary>The parsed font; read-only (PdfPig parses the glyph outlines once, thread-safely, on first use).</summary>
    public TrueTypeFont Font { get; }

    /// <summary>
    /// For each UTF-16 unit, the advance width in font units that PdfPig's writer measures, NaN
    /// where the font has no glyph box or advance (PdfPig would refuse to draw it), or
    /// <see cref="Unknown"/> until first asked (<see cref="Advance"/>; two threads asking at once
    /// store the same value).
    /// </summary>
    private double[] Advances { get; }

    private const double Unknown = -1;

    /// <summary>The font subset for the characters in code order (<see cref="TrueTypeSubset"/>).</summary>
    public byte[] Subset(string order) => _subset.For(order);

    /// <summary>Appends the font subset for the characters in code order to <paramref name="output"/>.</summary>
    public void Subset(string order, PdfBuffer output) => _subset.Write(order, output);

    /// <summary>
    /// The x of the end of <paramref name="text"/>'s last letter drawn from x = 0 at <paramref name="size"/>,
    /// that is <c>MeasureText(text, size, (0, 0), font)[^1].EndBaseLine.X</c>, computed with the
    /// same floating-point operations in the same order as PdfPig's <c>DrawLetters</c> (font matrix
    /// 1/unitsPerEm, then the rendering matrix, then the text matrix moved by each advance), so the
    /// value is the same double. Null when a character has no glyph: the caller then lets PdfPig refuse it.
    /// </summary>
    public double? Width(ReadOnlySpan<char> text, double size) => Advance(text, size, 0) is { } measured ? measured.End : null;

    /// <summary>
    /// <see cref="Width"/> of a text drawn after others: the text matrix starts moved by
    /// <paramref name="advanced"/> (what an earlier call returned as <c>Advanced</c>), so measuring
    /// a line piece by piece gives the double of measuring it whole. <c>End</c> is the x of the end
    /// of the last letter (<paramref name="advanced"/>'s own when the text is empty).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public (double End, double Advanced)? Advance(ReadOnlySpan<char> text, double size, double advanced)
    {
        var scale = 1.0 / Font.GetUnitsPerEm();
        var end = advanced;
        var e = advanced;
        foreach (var c in text)
        {
            var advance = Advance(c);
            if (double.IsNaN(advance))
            {
                return null;
            }

            var left = Transform(Transform(Transform(0, scale, 0), size, 0), 1, e);
            end = Transform(Transform(Transform(advance, scale, 0), size, 0), 1, e);
            var width = Math.Sqrt(((left - end) * (left - end)) + (0.0 * 0.0));
            e = (width * 1) + (0.0 * 0.0) + (1.0 * e);
        }

        return (end, e);
    }

    /// <summary>Whether every character of <paramref name="text"/> has the glyph box and advance PdfPig requires to draw it.</summary>
    public bool Draws(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (double.IsNaN(Advance(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The x of TransformationMatrix.Transform(x, 0) for a matrix (a, 0, 0, d, tx, 0): <c>a·x + c·y + e</c> with c = y = 0.</summary>
    private static double Transform(double x, double a, double tx) => (a * x) + (0.0 * 0.0) + tx;

    private double Advance(char c)
    {
        var advance = Volatile.Read(ref Advances[c]);
        if (advance == Unknown)
        {
            advance = Font.TryGetBoundingBox(c, out _) && Font.TryGetAdvanceWidth(c, out var width) ? width : double.NaN;
            Volatile.Write(ref Advances[c], advance);
        }

        return advance;
    }

    private static byte[] ReadResource()
    {
        using var stream = typeof(EmbeddedFont).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded font {Resource} is missing from the worker.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
