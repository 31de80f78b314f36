using Org.BouncyCastle.Math.EC;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Daisee.Billing.Requester.Chain.Crypto;

/// <summary>
/// Public-key recovery from a signature (SEC 1 §4.1.6), as the EVM's <c>ecrecover</c> does:
/// used to check signatures, never to produce them.
/// </summary>
public static class EcRecover
{
    /// <summary>The signer's address, or false when the signature cannot be valid for any key.</summary>
    public static bool TryRecoverAddress(Hash32 digest, Signature signature, out Address address)
    {
        address = default;
        var point = RecoverPoint(digest, signature);
        if (point is null)
        {
            return false;
        }

        address = AddressOf(EncodePublicKey(point));
        return true;
    }

    /// <summary>The signer's address; throws <see cref="FormatException"/> for an unrecoverable signature.</summary>
    public static Address RecoverAddress(Hash32 digest, Signature signature) =>
        TryRecoverAddress(digest, signature, out var address)
            ? address
            : throw new FormatException("The signature does not recover to any public key.");

    /// <summary>True when <paramref name="signature"/> over <paramref name="digest"/> recovers to <paramref name="expected"/> and is low-s.</summary>
    public static bool Verify(Hash32 digest, Signature signature, Address expected) =>
        signature.IsLowS && TryRecoverAddress(digest, signature, out var actual) && actual == expected;

    /// <summary>The address of an uncompressed public key given as 64 bytes x ‖ y.</summary>
    public static Address AddressOf(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != 64)
        {
            throw new ArgumentException("A public key here is the 64 bytes x ‖ y.", nameof(publicKey));
        }

        return new Address(Keccak256.Hash(publicKey).ToArray().AsSpan(12));
    }

    internal static byte[] EncodePublicKey(ECPoint point) => point.Normalize().GetEncoded(false)[1..];

    internal static ECPoint? RecoverPoint(Hash32 digest, Signature signature)
    {
        var n = Secp256k1Curve.Order;
        var r = Secp256k1Curve.ToBc(signature.R);
        var s = Secp256k1Curve.ToBc(signature.S);
        if (r.SignValue <= 0 || r.CompareTo(n) >= 0 || s.SignValue <= 0 || s.CompareTo(n) >= 0 || signature.RecoveryId > 1)
        {
            return null;
        }

        var big = DecompressR(r, signature.RecoveryId);
        if (big is null)
        {
            return null;
        }

        var e = new BcBigInteger(1, digest.ToArray());
        var rInverse = r.ModInverse(n);
        var minusEOverR = e.Negate().Mod(n).Multiply(rInverse).Mod(n);
        var sOverR = s.Multiply(rInverse).Mod(n);
        var q = ECAlgorithms.SumOfTwoMultiplies(Secp256k1Curve.Parameters.G, minusEOverR, big, sOverR);
        return q.IsInfinity ? null : q;
    }

    private static ECPoint? DecompressR(BcBigInteger x, byte recoveryId)
    {
        var curve = Secp256k1Curve.Parameters.Curve;
        if (x.CompareTo(curve.Field.Characteristic) >= 0)
        {
            return null;
        }

        var encoded = new byte[33];
        encoded[0] = (byte)(recoveryId == 0 ? 0x02 : 0x03);
        var xBytes = x.ToByteArrayUnsigned();
        xBytes.CopyTo(encoded, 33 - xBytes.Length);
        try
        {
            return curve.DecodePoint(encoded);
        }
        catch (ArgumentException)
        {
            return null; // x is not on the curve: no key can produce this signature
        }
    }
}
