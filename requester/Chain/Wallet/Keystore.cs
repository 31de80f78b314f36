using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
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

        var valid = ChainKeys.TryCreate(privateKey, out key);
        CryptographicOperations.ZeroMemory(privateKey);
        error = !valid ? "The keystore decrypts to a value that is not a secp256k1 private key."
            : stated is { } address && address != key!.Address ? $"The keystore decrypts to {key!.Address}, not to its stated address {address}."
            : null;
        key = error is null ? key : null;
        return error is null;
    }

    /// <summary>The address a keystore states (no password needed), or null when it states none or is unreadable.</summary>
    public static Address? ReadAddress(string json) => TryRead(json, out var address, out _) ? address : null;

    /// <summary>True when <paramref name="json"/> is a v3 keystore this class can open.</summary>
    public static bool IsKeystore(string json) => TryRead(json, out _, out _);

    /// <summary>Reads the file with Nethereum's keystore model and checks version, cipher and KDF bounds before any key derivation.</summary>
    private static bool TryRead(string json, out Address? address, [NotNullWhen(false)] out string? error)
    {
        address = null;
        (int Version, string? Address, string? Cipher, KeystoreOptions? Kdf) file;
        try
        {
            file = new KeyStoreKdfChecker().GetKeyStoreKdfType(json) == KeyStoreKdfChecker.KdfType.scrypt
                ? Scrypt(new KeyStoreScryptService().DeserializeKeyStoreFromJson(json))
                : Pbkdf2(new KeyStorePbkdf2Service().DeserializeKeyStoreFromJson(json));
        }
        catch (Exception e) when (e.GetType().Namespace?.StartsWith("Newtonsoft.Json", StringComparison.Ordinal) == true || e.InnerException is InvalidKdfException || e.Message == "Invalid KeyStore json")
        {
            error = $"Not a v3 keystore with a scrypt or pbkdf2 (hmac-sha256) KDF: {e.InnerException?.Message ?? e.Message}";
            return false;
        }

        error = file switch
        {
            { Version: not 3 } => "Not a version 3 keystore.",
            { Cipher: not "aes-128-ctr" } => $"Unsupported cipher '{file.Cipher}' (only aes-128-ctr).",
            { Kdf: null } => "Unsupported pbkdf2 PRF (only hmac-sha256).",
            _ => file.Kdf.Violation(),
        };
        var stated = file.Address is { Length: > 0 } text && !text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? "0x" + text : file.Address;
        if (error is null && stated is not null && !Address.TryParse(stated, out _))
        {
            error = $"The keystore's address '{file.Address}' is not an address.";
        }

        address = error is null && stated is not null ? Address.Parse(stated) : null;
        return error is null;
    }

    private static (int, string?, string?, KeystoreOptions?) Scrypt(KeyStore<ScryptParams> file) =>
        (file.Version, file.Address, file.Crypto?.Cipher, file.Crypto?.Kdfparams is { Dklen: 32 } p ? new KeystoreOptions(p.N, p.R, p.P) : new KeystoreOptions(0));

    private static (int, string?, string?, KeystoreOptions?) Pbkdf2(KeyStore<Pbkdf2Params> file) =>
        (file.Version, file.Address, file.Crypto?.Cipher,
            file.Crypto?.Kdfparams is { Dklen: 32, Prf: "hmac-sha256" } p ? new KeystoreOptions(p.Count, Pbkdf2: true) : null);
}
