using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Crypto;

/// <summary>
/// A secp256k1 signature (r, s) plus the recovery id (0 or 1: the parity of the y of R).
/// The 65-byte Ethereum form is r ‖ s ‖ v with v = 27 + recovery id.
/// </summary>
public readonly record struct Signature(BigInteger R, BigInteger S, byte RecoveryId)
{
    /// <summary>Length of the r ‖ s ‖ v form.</summary>
    public const int Length = 65;

    /// <summary>27 or 28, as <c>ecrecover</c> and OpenZeppelin's ECDSA expect.</summary>
    public byte V => (byte)(27 + RecoveryId);

    /// <summary>True when s ≤ n/2 (the only form Ethereum accepts since Homestead).</summary>
    public bool IsLowS => S <= Secp256k1Curve.HalfOrder;

    /// <summary>Reads r ‖ s ‖ v with v in {0, 1, 27, 28}.</summary>
    public static Signature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new FormatException($"A signature has 65 bytes, got {bytes.Length}.");
        }

        var v = bytes[64];
        var recoveryId = v switch
        {
            0 or 1 => v,
            27 or 28 => (byte)(v - 27),
            _ => throw new FormatException($"Signature v must be 0, 1, 27 or 28, got {v}."),
        };
        return new Signature(
            new BigInteger(bytes[..32], isUnsigned: true, isBigEndian: true),
            new BigInteger(bytes[32..64], isUnsigned: true, isBigEndian: true),
            recoveryId);
    }

    /// <summary>Parses the hex of r ‖ s ‖ v.</summary>
    public static Signature Parse(string hex) => FromBytes(Hex.Decode(hex));

    /// <summary>r ‖ s ‖ v (65 bytes, v = 27/28).</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Length];
        Hash32.FromBigInteger(R).CopyTo(bytes);
        Hash32.FromBigInteger(S).CopyTo(bytes.AsSpan(32));
        bytes[64] = V;
        return bytes;
    }

    /// <summary><c>0x</c> + hex of r ‖ s ‖ v.</summary>
    public override string ToString() => Hex.Encode(ToBytes());
}
