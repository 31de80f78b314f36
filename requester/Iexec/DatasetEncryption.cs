using System.Security.Cryptography;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Dataset encryption in the iExec SDK format (<c>iexec dataset encrypt</c>): a 32-byte key
/// shown and pushed as standard base64 (44 characters), the file = IV(16) ‖ AES-256-CBC-PKCS7(plain),
/// no header and no MAC; the on-chain checksum is sha256 of the encrypted file. Only a TEE
/// task's pre-compute decrypts it; a standard worker hands the bytes to the app as they are.
/// </summary>
public static class DatasetEncryption
{
    /// <summary>AES-256 key length in bytes.</summary>
    public const int KeyLength = 32;

    /// <summary>AES block (and IV) length in bytes.</summary>
    public const int IvLength = 16;

    /// <summary>A fresh random key, base64 as the SDK writes it to <c>.secrets/datasets/</c>.</summary>
    public static string GenerateKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyLength));

    /// <summary>Encrypts with a fresh random IV.</summary>
    public static EncryptedDataset Encrypt(ReadOnlySpan<byte> plain, string base64Key) =>
        Encrypt(plain, base64Key, RandomNumberGenerator.GetBytes(IvLength));

    /// <summary>Encrypts with the given IV (tests and vectors only: an IV must never be reused with a key).</summary>
    public static EncryptedDataset Encrypt(ReadOnlySpan<byte> plain, string base64Key, ReadOnlySpan<byte> iv)
    {
        if (iv.Length != IvLength)
        {
            throw new ArgumentException("The IV has 16 bytes.", nameof(iv));
        }

        using var aes = CreateAes(base64Key);
        byte[] file = [.. iv, .. aes.EncryptCbc(plain, iv, PaddingMode.PKCS7)];
        return new EncryptedDataset([.. file], ResultDigest.OfFile(file));
    }

    /// <summary>Decrypts IV ‖ ciphertext, as the TEE pre-compute does; throws <see cref="CryptographicException"/> on a wrong key.</summary>
    public static byte[] Decrypt(ReadOnlySpan<byte> file, string base64Key)
    {
        if (file.Length < 2 * IvLength || file.Length % IvLength != 0)
        {
            throw new CryptographicException("An encrypted dataset is IV(16) ‖ whole AES blocks.");
        }

        using var aes = CreateAes(base64Key);
        return aes.DecryptCbc(file[IvLength..], file[..IvLength], PaddingMode.PKCS7);
    }

    /// <summary>sha256(encrypted bytes) as <c>0x</c> + 64 hex: the dataset's on-chain checksum.</summary>
    public static Hash32 Checksum(ReadOnlySpan<byte> encryptedFile) => ResultDigest.OfFile(encryptedFile);

    private static Aes CreateAes(string base64Key)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64Key);
        }
        catch (FormatException e)
        {
            throw new ArgumentException("The dataset key must be standard base64 of 32 bytes.", nameof(base64Key), e);
        }

        if (key.Length != KeyLength)
        {
            throw new ArgumentException($"The dataset key must be 32 bytes, got {key.Length}.", nameof(base64Key));
        }

        var aes = Aes.Create();
        aes.Key = key;
        return aes;
    }
}
