using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace Daisee.Billing.Requester.Chain.Crypto;

/// <summary>Ethereum's Keccak-256 (the original Keccak padding, not NIST SHA3-256).</summary>
public static class Keccak256
{
    /// <summary>Keccak-256 of <paramref name="data"/>.</summary>
    public static Hash32 Hash(ReadOnlySpan<byte> data)
    {
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(data);
        Span<byte> output = stackalloc byte[Hash32.Length];
        digest.DoFinal(output);
        return new Hash32(output);
    }

    /// <summary>Keccak-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static Hash32 Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    /// <summary>Keccak-256 of the concatenation of <paramref name="parts"/>.</summary>
    public static Hash32 HashConcatenation(params ReadOnlySpan<byte[]> parts)
    {
        var digest = new KeccakDigest(256);
        foreach (var part in parts)
        {
            digest.BlockUpdate(part);
        }

        Span<byte> output = stackalloc byte[Hash32.Length];
        digest.DoFinal(output);
        return new Hash32(output);
    }
}
