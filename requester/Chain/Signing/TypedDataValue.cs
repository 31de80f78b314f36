using System.Numerics;
using System.Text.Json.Nodes;

namespace Daisee.Billing.Requester.Chain.Signing;

/// <summary>
/// JSON values for typed-data messages, in the forms ethers, cast and the iExec SDK read:
/// integers as numbers up to 2^53 − 1 and as decimal strings above, bytes and addresses as hex.
/// </summary>
public static class TypedDataValue
{
    private static readonly BigInteger MaxSafeInteger = (BigInteger.One << 53) - 1;

    /// <summary>An integer.</summary>
    public static JsonNode Number(BigInteger value) =>
        BigInteger.Abs(value) <= MaxSafeInteger
            ? JsonValue.Create((long)value)
            : JsonValue.Create(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An address (EIP-55 checksum form).</summary>
    public static JsonNode Address(Address value) => JsonValue.Create(value.ToChecksumString());

    /// <summary>A <c>bytes32</c> value.</summary>
    public static JsonNode Bytes32(Hash32 value) => JsonValue.Create(value.ToString());

    /// <summary>A <c>bytes</c>/<c>bytesN</c> value.</summary>
    public static JsonNode Bytes(ReadOnlySpan<byte> value) => JsonValue.Create(Hex.Encode(value));

    /// <summary>A <c>string</c> value.</summary>
    public static JsonNode Text(string value) => JsonValue.Create(value);
}
