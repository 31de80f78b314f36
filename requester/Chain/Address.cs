using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace Daisee.Billing.Requester.Chain;

/// <summary>
/// A 20-byte Ethereum address. <c>default</c> is the zero address. Formats with the EIP-55
/// mixed-case checksum; parsing accepts all-lower or all-upper hex, and mixed case only when
/// the checksum is right.
/// </summary>
public readonly record struct Address
{
    public const int Length = 20;

    private readonly ulong _high;
    private readonly ulong _middle;
    private readonly uint _low;

    public Address(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"An address needs 20 bytes, got {bytes.Length}.", nameof(bytes));
        }

        _high = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _middle = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _low = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]);
    }

    public static Address Zero => default;

    public bool IsZero => this == default;

    /// <summary>Parses an address; throws <see cref="FormatException"/> on bad text or a wrong checksum.</summary>
    public static Address Parse(string text) =>
        TryParse(text, out var address)
            ? address
            : throw new FormatException($"'{text}' is not an address (0x + 40 hex digits, valid EIP-55 checksum if mixed case).");

    /// <summary>Parses <c>0x</c> + 40 hex digits; a mixed-case spelling must carry a valid EIP-55 checksum.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Address address)
    {
        address = default;
        if (text is null || !text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            || !Hex.TryDecode(text, out var bytes) || bytes.Length != Length)
        {
            return false;
        }

        address = new Address(bytes);
        var digits = text.AsSpan(2);
        var mixedCase = digits.ContainsAnyInRange('a', 'f') && digits.ContainsAnyInRange('A', 'F');
        return !mixedCase || digits.SequenceEqual(address.ToChecksumString().AsSpan(2));
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, _high);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(8), _middle);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), _low);
        return bytes;
    }

    /// <summary><c>0x</c> + 40 lower-case hex digits (JSON-RPC and keystore form).</summary>
    public string ToLowerHex() => Hex.Encode(ToArray());

    /// <summary>EIP-55 (Nethereum's checksum): a letter is upper case when the matching nibble of keccak(lower-case hex) is ≥ 8.</summary>
    public string ToChecksumString() => Nethereum.Util.AddressUtil.Current.ConvertToChecksumAddress(ToLowerHex());

    public override string ToString() => ToChecksumString();
}
