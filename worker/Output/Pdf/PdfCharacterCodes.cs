namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// A document's one-byte character codes, assigned 1, 2, 3… in the order characters are first
/// drawn, as PdfPig's TrueType writing font assigns them; that order also orders the font
/// subset's glyphs, widths and ToUnicode map (<see cref="PdfFontObjects"/>).
/// </summary>
public sealed class PdfCharacterCodes
{
    /// <summary>The codes of ASCII characters by character (0: none yet), the others' in <see cref="_codes"/>.</summary>
    private readonly byte[] _ascii = new byte[128];
    private readonly Dictionary<char, byte> _codes = [];
    private readonly System.Text.StringBuilder _order = new();

    /// <summary>The characters in code order (code 1 first).</summary>
    public string Order => _order.ToString();

    public byte Code(char c)
    {
        if (c < 128 && _ascii[c] != 0)
        {
            return _ascii[c];
        }

        if (c >= 128 && _codes.TryGetValue(c, out var code))
        {
            return code;
        }

        if (_order.Length >= byte.MaxValue)
        {
            throw new NotSupportedException("A PDF document draws more than 255 distinct characters, the most a simple TrueType font's one-byte codes hold.");
        }

        code = (byte)(_order.Length + 1);
        if (c < 128)
        {
            _ascii[c] = code;
        }
        else
        {
            _codes[c] = code;
        }

        _order.Append(c);
        return code;
    }
}
