using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain;

/// <summary>
/// Hex text for bytes and for JSON-RPC quantities. Output is always lower case with a
/// <c>0x</c> prefix; input accepts an optional <c>0x</c>/<c>0X</c> prefix and either case.
/// </summary>
public static class Hex
{
    /// <summary><c>0x</c> + two lower-case digits per byte (<c>0x</c> for no bytes).</summary>
    public static string Encode(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    /// <summary>Decodes hex bytes; throws <see cref="FormatException"/> on odd length or a non-hex digit.</summary>
    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryDecode(text, out var bytes)
            ? bytes
            : throw new FormatException($"'{Shorten(text)}' is not hex bytes.");
    }

    /// <summary>Decodes hex bytes; false on odd length or a non-hex digit.</summary>
    public static bool TryDecode(string? text, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (text is null)
        {
            return false;
        }

        var digits = StripPrefix(text);
        if (digits.Length % 2 != 0 || !IsHexDigits(digits))
        {
            return false;
        }

        bytes = Convert.FromHexString(digits);
        return true;
    }

    /// <summary>A JSON-RPC quantity: <c>0x</c> + the shortest lower-case hex (<c>0x0</c> for zero).</summary>
    public static string EncodeQuantity(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "A quantity is never negative.");
        }

        var digits = value.ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
        return "0x" + (digits.Length == 0 ? "0" : digits);
    }

    /// <summary>Parses a JSON-RPC quantity (<c>0x</c> + hex digits, any length, leading zeros tolerated).</summary>
    public static BigInteger DecodeQuantity(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = StripPrefix(text);
        if (digits.Length == 0 || digits.Length == text.Length || !IsHexDigits(digits))
        {
            throw new FormatException($"'{Shorten(text)}' is not a 0x-prefixed hex quantity.");
        }

        return BigInteger.Parse("0" + digits.ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    private static ReadOnlySpan<char> StripPrefix(string text) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.AsSpan(2) : text.AsSpan();

    private static bool IsHexDigits(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
