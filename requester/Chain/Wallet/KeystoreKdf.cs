namespace Daisee.Billing.Requester.Chain.Wallet;

/// <summary>The key-derivation functions of the Web3 Secret Storage (v3 keystore) format.</summary>
public enum KeystoreKdf
{
    /// <summary>scrypt (n, r, p): geth, cast and ethers write this.</summary>
    Scrypt,

    /// <summary>PBKDF2-HMAC-SHA256 (c iterations).</summary>
    Pbkdf2,
}
