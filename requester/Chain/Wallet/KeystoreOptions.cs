namespace Daisee.Billing.Requester.Chain.Wallet;

/// <summary>
/// How a new keystore derives its key. <paramref name="Cost"/> is scrypt's n (a power of two)
/// or PBKDF2's iteration count c; <paramref name="ScryptR"/>/<paramref name="ScryptP"/> are
/// scrypt's block size and parallelism (ignored for PBKDF2).
/// </summary>
public sealed record KeystoreOptions(KeystoreKdf Kdf, int Cost, int ScryptR = 8, int ScryptP = 1)
{
    /// <summary>geth's "standard" scrypt: n = 2^18, r = 8, p = 1 (256 MiB, about a second).</summary>
    public static KeystoreOptions Standard { get; } = new(KeystoreKdf.Scrypt, 1 << 18);

    /// <summary>geth's "light" scrypt: n = 2^12, r = 8, p = 6 (for tests and low-memory machines).</summary>
    public static KeystoreOptions Light { get; } = new(KeystoreKdf.Scrypt, 1 << 12, 8, 6);

    /// <summary>PBKDF2-HMAC-SHA256 with c = 262 144, as in the Web3 Secret Storage example.</summary>
    public static KeystoreOptions Pbkdf2 { get; } = new(KeystoreKdf.Pbkdf2, 262_144);
}
