namespace Daisee.Billing.Requester.Chain.Wallet;

/// <summary>
/// Bounds on KDF parameters, so that a hostile keystore cannot make us allocate gigabytes or
/// spin for hours: scrypt memory 128·r·n ≤ 1 GiB, p ≤ 16, PBKDF2 c ≤ 10 000 000.
/// </summary>
internal static class KeystoreLimits
{
    private const long MaxScryptBytes = 1L << 30;

    public static string? Violation(KeystoreOptions options) => options.Kdf switch
    {
        KeystoreKdf.Scrypt when options.Cost < 2 || (options.Cost & (options.Cost - 1)) != 0 => "scrypt n must be a power of two ≥ 2.",
        KeystoreKdf.Scrypt when options.ScryptR < 1 || options.ScryptP is < 1 or > 16 => "scrypt r must be ≥ 1 and p within 1…16.",
        KeystoreKdf.Scrypt when 128L * options.ScryptR * options.Cost > MaxScryptBytes => "scrypt parameters need more than 1 GiB of memory.",
        KeystoreKdf.Pbkdf2 when options.Cost is < 1 or > 10_000_000 => "PBKDF2 c must be within 1…10 000 000.",
        _ => null,
    };

    public static void Check(KeystoreOptions options)
    {
        if (Violation(options) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
    }
}
