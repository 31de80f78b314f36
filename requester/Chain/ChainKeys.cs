using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Chain;

/// <summary>
/// secp256k1 keys are Nethereum's <see cref="EthECKey"/> (RFC 6979, low-s, v = 27/28); this adds
/// our <see cref="Address"/>/<see cref="Hash32"/> view of them. A key never prints: show its address.
/// </summary>
public static class ChainKeys
{
    /// <summary>n, the order of secp256k1: a private key is in 1 … n − 1.</summary>
    private static readonly BigInteger Order = BigInteger.Parse(
        "0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

    extension(EthECKey key)
    {
        /// <summary>The account of the key.</summary>
        public Address Address => Address.Parse(key.GetPublicAddress());

        /// <summary>The 65-byte signature r ‖ s ‖ v of a 32-byte digest.</summary>
        public byte[] SignDigest(Hash32 digest) => Hex.Decode(EthECDSASignature.CreateStringSignature(key.SignAndCalculateV(digest.ToArray())));
    }

    /// <summary>A key from 32 bytes of hex; throws <see cref="FormatException"/> when it is not a valid secp256k1 scalar.</summary>
    public static EthECKey FromHex(string hex) =>
        TryCreate(Hex.Decode(hex), out var key) ? key : throw new FormatException("A private key is 32 bytes in 1…n-1 of secp256k1.");

    /// <summary>A key from (a copy of) 32 raw bytes, or false when they are not a valid secp256k1 scalar.</summary>
    public static bool TryCreate(byte[] privateKey, [NotNullWhen(true)] out EthECKey? key)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        var scalar = new BigInteger(privateKey, isUnsigned: true, isBigEndian: true);
        key = privateKey.Length == 32 && !scalar.IsZero && scalar < Order ? new EthECKey([.. privateKey], isPrivate: true) : null;
        return key is not null;
    }

    /// <summary>A fresh key from a cryptographic random generator (Nethereum's).</summary>
    public static EthECKey Generate() => EthECKey.GenerateKey();

    /// <summary>The signer of a 65-byte low-s r ‖ s ‖ v signature over <paramref name="digest"/>, or null.</summary>
    public static Address? Recover(Hash32 digest, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != 65)
        {
            return null;
        }

        var parsed = EthECDSASignatureFactory.ExtractECDSASignature(Hex.Encode(signature));
        return parsed.IsLowS ? Address.Parse(EthECKey.RecoverFromSignature(parsed, digest.ToArray()).GetPublicAddress()) : null;
    }
}
