namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// A document's one-byte character codes, assigned 1, 2, 3… in the order characters are first
/// drawn, as PdfPig's TrueType writing font assigns them; that order also orders the font
/// subset's glyphs, widths and ToUnicode map (<see cref="PdfFontObjects"/>).
/// </summary>
public sealed class PdfCharacterCodes
{
    private readonly Dictionary<char, byte> _codes = [];
    private readonly System.Text.StringBuilder _order = new();

    /// <summary>The characters in code order (code 1 first).</summary>
    public string Order => _order.ToString();

    public byte Code(char c)
    {
        if (_codes.TryGetValue(c, out var code))
        {
            return code;
        }

        if (_codes.Count >= byte.MaxValue)
        {
            throw new NotSupportedException("A PDF document draws more than 255 distinct characters, the most a simple TrueType font's one-byte codes hold.");
        }

        code = (byte)(_codes.Count + 1);
        _codes[c] = code;
        _order.Append(c);
        return code;
    }
}
