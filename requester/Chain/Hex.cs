using System.Diagnostics.CodeAnalysis;

namespace Daisee.Billing.Requester.Chain;

/// <summary>
/// Hex text for bytes. Output is always lower case with a <c>0x</c> prefix; input accepts an
/// optional <c>0x</c>/<c>0X</c> prefix and either case, and is strict (even length, hex digits).
/// </summary>
public static class Hex
{
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary><c>0x</c> + two lower-case digits per byte (<c>0x</c> for no bytes).</summary>
    public static string Encode(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    /// <summary>Decodes hex bytes; throws <see cref="FormatException"/> on odd length or a non-hex digit.</summary>
    public static byte[] Decode(string text) =>
        TryDecode(text ?? throw new ArgumentNullException(nameof(text)), out var bytes)
            ? bytes
            : throw new FormatException($"'{(text.Length <= 80 ? text : text[..77] + "...")}' is not hex bytes.");

    /// <summary>Decodes hex bytes; false on odd length or a non-hex digit.</summary>
    public static bool TryDecode(string? text, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        var digits = text is not null && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.AsSpan(2) : text.AsSpan();
        if (text is null || digits.Length % 2 != 0 || digits.ContainsAnyExcept(Digits))
        {
            return false;
        }

        bytes = Convert.FromHexString(digits);
        return true;
    }
}
