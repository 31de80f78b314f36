namespace Daisee.Billing.Requester.Chain.Wallet;

/// <summary>
/// How a new keystore derives its key: scrypt with n = <paramref name="Cost"/> (a power of two),
/// r = <paramref name="ScryptR"/>, p = <paramref name="ScryptP"/>, or PBKDF2-HMAC-SHA256 with
/// c = <paramref name="Cost"/> iterations when <paramref name="Pbkdf2"/> is set.
/// </summary>
public sealed record KeystoreOptions(int Cost, int ScryptR = 8, int ScryptP = 1, bool Pbkdf2 = false)
{
    /// <summary>geth's and cast's "standard" scrypt: n = 2^18, r = 8, p = 1 (256 MiB, about a second).</summary>
    public static KeystoreOptions Standard { get; } = new(1 << 18);

    /// <summary>geth's "light" scrypt: n = 2^12, r = 8, p = 6 (for tests and low-memory machines).</summary>
    public static KeystoreOptions Light { get; } = new(1 << 12, 8, 6);

    /// <summary>
    /// Why these parameters are refused, or null. Bounds keep a hostile keystore from making us
    /// allocate gigabytes or spin for hours: scrypt memory 128·r·n ≤ 1 GiB, p ≤ 16, PBKDF2 c ≤ 10^7.
    /// </summary>
    public string? Violation() => this switch
    {
        { Pbkdf2: true, Cost: < 1 or > 10_000_000 } => "PBKDF2 c must be within 1…10 000 000.",
        { Pbkdf2: true } => null,
        _ when Cost < 2 || (Cost & (Cost - 1)) != 0 => "scrypt n must be a power of two ≥ 2.",
        _ when ScryptR < 1 || ScryptP is < 1 or > 16 => "scrypt r must be ≥ 1 and p within 1…16.",
        _ when 128L * ScryptR * Cost > (1L << 30) => "scrypt parameters need more than 1 GiB of memory.",
        _ => null,
    };
}
