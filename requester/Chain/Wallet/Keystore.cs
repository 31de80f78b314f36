using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Nethereum.KeyStore;
using Nethereum.KeyStore.Crypto;
using Nethereum.KeyStore.Model;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Chain.Wallet;

/// <summary>
/// v3 keystore files (Web3 Secret Storage) through Nethereum.KeyStore: scrypt or PBKDF2, AES-128-CTR,
/// keccak MAC. Reads what geth, cast, ethers and MetaMask exports write (with or without
/// <c>address</c>); writes scrypt with the given n, r, p (cast refuses Nethereum's default r = 1,
/// p = 8, hence <see cref="KeystoreOptions.Standard"/>). KDF parameters are bounded before deriving.
/// A wrong password or a damaged file is data (<see cref="TryDecrypt"/>), never an exception.
/// </summary>
public static class Keystore
{
    /// <summary>Encrypts <paramref name="key"/> with fresh random salt and IV.</summary>
    public static string Encrypt(EthECKey key, string password, KeystoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Violation() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var privateKey = key.GetPrivateKeyAsBytes().ToArray();
        try
        {
            var address = key.GetPublicAddress();
            return options.Pbkdf2
                ? new KeyStorePbkdf2Service().EncryptAndGenerateKeyStoreAsJson(
                    password, privateKey, address, new Pbkdf2Params { Count = options.Cost, Dklen = 32, Prf = "hmac-sha256" })
                : new KeyStoreScryptService().EncryptAndGenerateKeyStoreAsJson(
                    password, privateKey, address, new ScryptParams { N = options.Cost, R = options.ScryptR, P = options.ScryptP, Dklen = 32 });
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    /// <summary>Decrypts a keystore; on failure <paramref name="error"/> says why (wrong password, unsupported KDF…).</summary>
    public static bool TryDecrypt(string json, string password, [NotNullWhen(true)] out EthECKey? key, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(password);
        key = null;
        if (!TryRead(json, out var stated, out error))
        {
            return false;
        }

        byte[] privateKey;
        try
        {
            privateKey = new KeyStoreService().DecryptKeyStoreFromJson(password, json);
        }
        catch (DecryptionException)
        {
            error = "Wrong password (the keystore MAC does not match).";
            return false;
        }

        try
        {
            if (!ChainKeys.TryCreate(privateKey, out key))
            {
                error = "The keystore decrypts to a value that is not a secp256k1 private key.";
                return false;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }

        if (stated is { } address && address != key.Address)
        {
            error = $"The keystore decrypts to {key.Address}, not to its stated address {address}.";
            key = null;
            return false;
        }

        return true;
    }

    /// <summary>The address a keystore states (no password needed), or null when it states none or is unreadable.</summary>
    public static Address? ReadAddress(string json) => TryRead(json, out var address, out _) ? address : null;

    /// <summary>True when <paramref name="json"/> is a v3 keystore this class can open.</summary>
    public static bool IsKeystore(string json) => TryRead(json, out _, out _);

    /// <summary>Checks the layout, cipher and KDF bounds before any key derivation.</summary>
    private static bool TryRead(string json, out Address? address, [NotNullWhen(false)] out string? error)
    {
        address = null;
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject;
        }
        catch (System.Text.Json.JsonException e)
        {
            error = $"Not JSON: {e.Message}";
            return false;
        }

        var crypto = (root?["crypto"] ?? root?["Crypto"]) as JsonObject;
        error = (root, crypto) switch
        {
            (null, _) => "Not a JSON object.",
            _ when root["version"]?.ToString() != "3" => "Not a version 3 keystore.",
            (_, null) => "The keystore has no crypto section.",
            _ when (string?)crypto["cipher"] != "aes-128-ctr" => $"Unsupported cipher '{crypto["cipher"]}' (only aes-128-ctr).",
            _ => KdfProblem(crypto),
        };
        if (error is null && root!["address"] is JsonValue stated)
        {
            var text = stated.ToString();
            if (!Address.TryParse(text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text : "0x" + text, out var parsed))
            {
                error = $"The keystore's address '{text}' is not an address.";
                return false;
            }

            address = parsed;
        }

        return error is null;
    }

    private static string? KdfProblem(JsonObject crypto)
    {
        var parameters = crypto["kdfparams"] as JsonObject;
        int Read(string name) => parameters?[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : -1;
        var options = (string?)crypto["kdf"] switch
        {
            "scrypt" => new KeystoreOptions(Read("n"), Read("r"), Read("p")),
            "pbkdf2" when (string?)parameters?["prf"] == "hmac-sha256" => new KeystoreOptions(Read("c"), Pbkdf2: true),
            _ => null,
        };
        return options is null ? $"Unsupported KDF '{crypto["kdf"]}' (scrypt, or pbkdf2 with hmac-sha256)."
            : Read("dklen") != 32 ? "The keystore's dklen must be 32."
            : options.Violation();
    }
}
