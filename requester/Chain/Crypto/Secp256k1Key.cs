using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Daisee.Billing.Requester.Chain.Crypto;

/// <summary>
/// A secp256k1 private key held in memory. Signs with RFC 6979 deterministic k
/// (HMAC-SHA256), normalises s to the low half and finds the recovery id, so signatures
/// are byte-identical to ethers, cast and the iExec SDK. <see cref="ToString"/> never shows the key.
/// </summary>
public sealed class Secp256k1Key : ISigner
{
    private readonly ECPrivateKeyParameters _privateKey;
    private readonly byte[] _publicKey;

    /// <summary>Wraps a 32-byte big-endian scalar d with 0 &lt; d &lt; n.</summary>
    public Secp256k1Key(ReadOnlySpan<byte> privateKey)
    {
        if (privateKey.Length != 32)
        {
            throw new ArgumentException("A private key has 32 bytes.", nameof(privateKey));
        }

        var d = new BcBigInteger(1, privateKey.ToArray());
        if (d.SignValue == 0 || d.CompareTo(Secp256k1Curve.Order) >= 0)
        {
            throw new ArgumentException("The private key is outside 1..n-1.", nameof(privateKey));
        }

        _privateKey = new ECPrivateKeyParameters(d, Secp256k1Curve.Domain);
        _publicKey = EcRecover.EncodePublicKey(Secp256k1Curve.Domain.G.Multiply(d));
        Address = EcRecover.AddressOf(_publicKey);
    }

    /// <inheritdoc />
    public Address Address { get; }

    /// <summary>False (instead of an exception) when <paramref name="privateKey"/> is not 32 bytes within 1…n-1.</summary>
    public static bool TryCreate(ReadOnlySpan<byte> privateKey, [NotNullWhen(true)] out Secp256k1Key? key)
    {
        key = null;
        if (privateKey.Length != 32)
        {
            return false;
        }

        var d = new BcBigInteger(1, privateKey.ToArray());
        if (d.SignValue == 0 || d.CompareTo(Secp256k1Curve.Order) >= 0)
        {
            return false;
        }

        key = new Secp256k1Key(privateKey);
        return true;
    }

    /// <summary>Parses a 32-byte hex private key (optional <c>0x</c>).</summary>
    public static Secp256k1Key FromHex(string hex) => new(Hex.Decode(hex));

    /// <summary>A fresh key from the operating system's CSPRNG.</summary>
    public static Secp256k1Key Generate()
    {
        Span<byte> candidate = stackalloc byte[32];
        while (true)
        {
            RandomNumberGenerator.Fill(candidate);
            var d = new BcBigInteger(1, candidate.ToArray());
            if (d.SignValue > 0 && d.CompareTo(Secp256k1Curve.Order) < 0)
            {
                return new Secp256k1Key(candidate);
            }
        }
    }

    /// <summary>The uncompressed public key x ‖ y (64 bytes).</summary>
    public byte[] GetPublicKey() => (byte[])_publicKey.Clone();

    /// <summary>The 32-byte private scalar, for writing an encrypted keystore only.</summary>
    public byte[] ExportPrivateKey()
    {
        var raw = _privateKey.D.ToByteArrayUnsigned();
        var key = new byte[32];
        raw.CopyTo(key, 32 - raw.Length);
        return key;
    }

    /// <inheritdoc />
    public Signature Sign(Hash32 digest)
    {
        var signer = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest()));
        signer.Init(true, _privateKey);
        var rs = signer.GenerateSignature(digest.ToArray());
        var s = rs[1];
        if (s.CompareTo(Secp256k1Curve.Order.ShiftRight(1)) > 0)
        {
            s = Secp256k1Curve.Order.Subtract(s);
        }

        var r = Secp256k1Curve.FromBc(rs[0]);
        var lowS = Secp256k1Curve.FromBc(s);
        for (byte recoveryId = 0; recoveryId < 2; recoveryId++)
        {
            var candidate = new Signature(r, lowS, recoveryId);
            if (EcRecover.TryRecoverAddress(digest, candidate, out var recovered) && recovered == Address)
            {
                return candidate;
            }
        }

        throw new CryptographicException("No recovery id reproduces the public key (r ≥ p − n: astronomically rare).");
    }

    /// <summary>Shows the address only.</summary>
    public override string ToString() => $"Secp256k1Key({Address})";
}
