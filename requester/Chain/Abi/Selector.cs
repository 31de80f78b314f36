using System.Buffers.Binary;
using Daisee.Billing.Requester.Chain.Crypto;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>A 4-byte function or error selector: the first 4 bytes of keccak256(canonical signature).</summary>
public readonly record struct Selector(uint Value)
{
    /// <summary>Length in bytes.</summary>
    public const int Length = 4;

    /// <summary>The selector of a canonical signature such as <c>baz(uint32,bool)</c>.</summary>
    public static Selector Of(string canonicalSignature) =>
        FromBytes(Keccak256.Hash(canonicalSignature).ToArray());

    /// <summary>Reads the first 4 bytes of <paramref name="data"/>.</summary>
    public static Selector FromBytes(ReadOnlySpan<byte> data) =>
        data.Length >= Length
            ? new Selector(BinaryPrimitives.ReadUInt32BigEndian(data))
            : throw new FormatException("A selector needs 4 bytes.");

    /// <summary>Writes the 4 bytes into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination) => BinaryPrimitives.WriteUInt32BigEndian(destination, Value);

    /// <summary>A fresh 4-byte array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary><c>0x</c> + 8 lower-case hex digits.</summary>
    public override string ToString() => Hex.Encode(ToArray());
}
