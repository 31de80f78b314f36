using System.Security.Cryptography;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Chain;

/// <summary>
/// secp256k1 keys are Nethereum's <see cref="EthECKey"/> (RFC 6979, low-s, v = 27/28); this adds
/// our <see cref="Address"/>/<see cref="Hash32"/> view of them. A key never prints: show its address.
/// </summary>
public static class ChainKeys
{
    extension(EthECKey key)
    {
        /// <summary>The account of the key.</summary>
        public Address Address => Address.Parse(key.GetPublicAddress());

        /// <summary>The 65-byte signature r ‖ s ‖ v of a 32-byte digest.</summary>
        public byte[] SignDigest(Hash32 digest) =>
            EthECDSASignature.CreateStringSignature(key.SignAndCalculateV(digest.ToArray())).HexToBytes();
    }

    /// <summary>A key from 32 bytes of hex; throws <see cref="FormatException"/> when it is not a valid secp256k1 scalar.</summary>
    public static EthECKey FromHex(string hex)
    {
        var bytes = Hex.Decode(hex);
        return TryCreate(bytes, out var key) ? key : throw new FormatException("A private key is 32 bytes in 1…n-1 of secp256k1.");
    }

    /// <summary>A key from 32 raw bytes, or false when they are not a valid secp256k1 scalar.</summary>
    public static bool TryCreate(byte[] privateKey, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EthECKey? key)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        key = null;
        var scalar = new System.Numerics.BigInteger(privateKey, isUnsigned: true, isBigEndian: true);
        if (privateKey.Length != 32 || scalar.IsZero || scalar >= Secp256k1Order)
        {
            return false;
        }

        key = new EthECKey([.. privateKey], isPrivate: true);
        return true;
    }

    /// <summary>A fresh key from the operating system's random generator.</summary>
    public static EthECKey Generate()
    {
        while (true)
        {
            var bytes = RandomNumberGenerator.GetBytes(32);
            if (TryCreate(bytes, out var key))
            {
                return key;
            }
        }
    }

    /// <summary>The signer of a 65-byte r ‖ s ‖ v signature over <paramref name="digest"/>, or null when it recovers nothing.</summary>
    public static Address? Recover(Hash32 digest, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != 65)
        {
            return null;
        }

        var parsed = EthECDSASignatureFactory.ExtractECDSASignature(Hex.Encode(signature));
        return parsed.IsLowS ? Address.Parse(EthECKey.RecoverFromSignature(parsed, digest.ToArray()).GetPublicAddress()) : null;
    }

    private static System.Numerics.BigInteger Secp256k1Order { get; } =
        System.Numerics.BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] HexToBytes(this string hex) => Hex.Decode(hex);
}
