using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain;

/// <summary>
/// 32 bytes: a Keccak-256 hash, a <c>bytes32</c> value or a <c>uint256</c> word. Stored as four
/// big-endian words so that equality is by value and <c>default</c> is the zero hash.
/// </summary>
public readonly record struct Hash32
{
    public const int Length = 32;

    private readonly ulong _word0;
    private readonly ulong _word1;
    private readonly ulong _word2;
    private readonly ulong _word3;

    public Hash32(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"A Hash32 needs 32 bytes, got {bytes.Length}.", nameof(bytes));
        }

        _word0 = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _word1 = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _word2 = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        _word3 = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    public static Hash32 Zero => default;

    public bool IsZero => this == default;

    /// <summary>Parses <c>0x</c> + 64 hex digits; throws <see cref="FormatException"/> otherwise.</summary>
    public static Hash32 Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not 32 hex bytes.");

    /// <summary>Parses 64 hex digits (optional <c>0x</c>).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Hash32 value)
    {
        var valid = Hex.TryDecode(text, out var bytes) && bytes.Length == Length;
        value = valid ? new Hash32(bytes) : default;
        return valid;
    }

    /// <summary>The unsigned 256-bit big-endian word for <paramref name="value"/> (0 ≤ value &lt; 2^256).</summary>
    public static Hash32 FromBigInteger(BigInteger value)
    {
        if (value.Sign < 0 || value.GetByteCount(isUnsigned: true) > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Not an unsigned 256-bit value.");
        }

        Span<byte> bytes = stackalloc byte[Length];
        value.TryWriteBytes(bytes[(Length - value.GetByteCount(isUnsigned: true))..], out _, isUnsigned: true, isBigEndian: true);
        return new Hash32(bytes);
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, _word0);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(8), _word1);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(16), _word2);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(24), _word3);
        return bytes;
    }

    public override string ToString() => Hex.Encode(ToArray());
}
