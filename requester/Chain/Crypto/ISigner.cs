namespace Daisee.Billing.Requester.Chain.Crypto;

/// <summary>
/// Signs 32-byte digests for one account. Every higher-level signature (EIP-191, EIP-712,
/// transactions) goes through this narrow interface, so a key never leaves its holder.
/// </summary>
public interface ISigner
{
    /// <summary>The account whose key signs.</summary>
    Address Address { get; }

    /// <summary>A deterministic (RFC 6979), low-s secp256k1 signature of <paramref name="digest"/>.</summary>
    Signature Sign(Hash32 digest);
}
