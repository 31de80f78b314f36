using System.Text.Json;

namespace Daisee.Billing.Requester.Chain.Wallet;

/// <summary>Reads and bounds-checks the <c>kdf</c>/<c>kdfparams</c> of a keystore.</summary>
internal static class KeystoreKdfReader
{
    public static string? Read(JsonElement crypto, out KeystoreOptions? options, out byte[]? salt)
    {
        options = null;
        salt = null;
        var kdf = KeystoreFile.Text(crypto, "kdf");
        if (!crypto.TryGetProperty("kdfparams", out var parameters) || parameters.ValueKind != JsonValueKind.Object)
        {
            return "The keystore has no kdfparams.";
        }

        salt = KeystoreFile.Bytes(parameters, "salt");
        if (salt is null || Number(parameters, "dklen") is not { } dkLength || dkLength < KeystoreCrypto.DerivedKeyLength)
        {
            return "The keystore kdfparams need a hex salt and dklen ≥ 32.";
        }

        options = kdf switch
        {
            "scrypt" when Number(parameters, "n") is { } n && Number(parameters, "r") is { } r && Number(parameters, "p") is { } p
                => new KeystoreOptions(KeystoreKdf.Scrypt, n, r, p),
            "pbkdf2" when Number(parameters, "c") is { } c && KeystoreFile.Text(parameters, "prf") == "hmac-sha256"
                => new KeystoreOptions(KeystoreKdf.Pbkdf2, c),
            _ => null,
        };
        if (options is null)
        {
            return $"Unsupported keystore kdf '{kdf}' (scrypt with n/r/p, or pbkdf2 with c and hmac-sha256).";
        }

        return KeystoreLimits.Violation(options) is { } problem ? "Keystore: " + problem : null;
    }

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)
            ? n
            : null;
}
