using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// What the embedded DejaVu Sans can draw. Any character it has no glyph for (CJK, emoji, a
/// control character) is replaced by <see cref="Replacement"/> before it reaches the PDF writer,
/// so that no name can break a document; <see cref="Issues"/> reports the participants whose
/// name is affected.
/// </summary>
public static class PdfText
{
    public const char Replacement = '?';

    /// <summary>For each UTF-16 unit: 0 not yet known, 1 the font draws it (<see cref="CanDraw"/>), 2 it does not or it is a surrogate.</summary>
    private static readonly byte[] Drawn = new byte[char.MaxValue + 1];

    public static bool CanDraw(int codePoint) =>
        codePoint >= 0x20 && !(codePoint is >= 0x7F and < 0xA0)
        && EmbeddedFont.Instance.Font.TableRegister.CMapTable is { } cmap && cmap.TryGetGlyphIndex(codePoint, out var glyph) && glyph != 0;

    /// <summary>The text with every character the font lacks replaced (the text itself when it has none).</summary>
    public static string Drawable(string text)
    {
        foreach (var c in text)
        {
            var known = Volatile.Read(ref Drawn[c]);
            if (known == 0)
            {
                known = !char.IsSurrogate(c) && CanDraw(c) ? (byte)1 : (byte)2;
                Volatile.Write(ref Drawn[c], known);
            }

            if (known != 1)
            {
                return Replaced(text);
            }
        }

        return text;
    }

    private static string Replaced(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            result.Append(CanDraw(rune.Value) ? rune.ToString() : Replacement.ToString());
        }

        return result.ToString();
    }

    /// <summary>A warning for each participant whose name has characters the PDF font lacks.</summary>
    public static ImmutableArray<Issue> Issues(Collective collective) =>
    [
        .. collective.Participants.Where(p => Drawable(p.Name) != p.Name).Select(p =>
            new Issue(Severity.Warning, IssueCodes.ValueInvalid, "collective.json", 0,
                string.Create(CultureInfo.InvariantCulture, $"PRM {p.Prm}: the name has characters the PDF font cannot draw; the PDF documents show '{Drawable(p.Name)}'."))
            { Prm = p.Prm, Field = "participants[].name" }),
    ];
}
