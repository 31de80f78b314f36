using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Daisee.Billing.Requester.Chain.Crypto;

namespace Daisee.Billing.Requester.Chain.Wallet;

/// <summary>
/// Encrypted key files in the Ethereum v3 keystore format (Web3 Secret Storage Definition):
/// scrypt or PBKDF2-HMAC-SHA256, AES-128-CTR, keccak MAC. Reads what geth, cast, ethers and
/// MetaMask exports write; writes the geth layout. A wrong password or a damaged file is
/// reported as data (<see cref="TryDecrypt"/>), never as an exception.
/// </summary>
public static class Keystore
{
    /// <summary>Encrypts <paramref name="key"/> with fresh random salt, IV and id.</summary>
    public static string Encrypt(Secp256k1Key key, string password, KeystoreOptions options) =>
        Encrypt(key, password, options, RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(16), Guid.NewGuid());

    /// <summary>Encrypts <paramref name="key"/> with the given salt (32 bytes), IV (16 bytes) and id: deterministic, for tests.</summary>
    public static string Encrypt(Secp256k1Key key, string password, KeystoreOptions options, byte[] salt, byte[] iv, Guid id)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(options);
        KeystoreLimits.Check(options);
        var derivedKey = KeystoreCrypto.DeriveKey(password, options, salt);
        var privateKey = key.ExportPrivateKey();
        try
        {
            var cipherText = KeystoreCrypto.AesCtr(derivedKey, iv, privateKey);
            var file = new KeystoreFile(key.Address, options, salt, iv, cipherText, KeystoreCrypto.Mac(derivedKey, cipherText), id);
            return file.ToJson();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
            CryptographicOperations.ZeroMemory(derivedKey);
        }
    }

    /// <summary>Decrypts a keystore; on failure <paramref name="error"/> says why (wrong password, unsupported cipher…).</summary>
    public static bool TryDecrypt(
        string json,
        string password,
        [NotNullWhen(true)] out Secp256k1Key? key,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(password);
        key = null;
        if (!KeystoreFile.TryParse(json, out var file, out error))
        {
            return false;
        }

        var privateKey = TryOpen(file, password);
        if (privateKey is null)
        {
            error = "Wrong password (the keystore MAC does not match).";
            return false;
        }

        try
        {
            if (!Secp256k1Key.TryCreate(privateKey, out key))
            {
                error = "The keystore decrypts to a value that is not a secp256k1 private key.";
                return false;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }

        if (file.Address is { } address && address != key.Address)
        {
            error = $"The keystore decrypts to {key.Address}, not to its stated address {address}.";
            key = null;
            return false;
        }

        return true;
    }

    /// <summary>The address a keystore states (no password needed), or null when it states none or is unreadable.</summary>
    public static Address? ReadAddress(string json) =>
        KeystoreFile.TryParse(json, out var file, out _) ? file.Address : null;

    /// <summary>True when <paramref name="json"/> parses as a v3 keystore this class supports.</summary>
    public static bool IsKeystore(string json) => KeystoreFile.TryParse(json, out _, out _);

    /// <summary>The private key when the MAC proves <paramref name="password"/> right, else null.</summary>
    private static byte[]? TryOpen(KeystoreFile file, string password)
    {
        var derivedKey = KeystoreCrypto.DeriveKey(password, file.Options, file.Salt);
        try
        {
            return CryptographicOperations.FixedTimeEquals(KeystoreCrypto.Mac(derivedKey, file.CipherText), file.Mac)
                ? KeystoreCrypto.AesCtr(derivedKey, file.Iv, file.CipherText)
                : null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derivedKey);
        }
    }
}
