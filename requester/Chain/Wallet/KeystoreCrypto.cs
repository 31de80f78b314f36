using System.Security.Cryptography;
using System.Text;
using Daisee.Billing.Requester.Chain.Crypto;

namespace Daisee.Billing.Requester.Chain.Wallet;

/// <summary>
/// The v3 keystore primitives: the derived key dk (32 bytes), AES-128-CTR under dk[0..16]
/// with a 128-bit big-endian counter starting at the IV, and mac = keccak256(dk[16..32] ‖ ciphertext).
/// Passwords are their UTF-8 bytes, without normalisation (as geth and cast do).
/// </summary>
internal static class KeystoreCrypto
{
    public const int DerivedKeyLength = 32;

    public static byte[] DeriveKey(string password, KeystoreOptions options, byte[] salt) => options.Kdf switch
    {
        KeystoreKdf.Scrypt => ScryptKdf.Derive(Encoding.UTF8.GetBytes(password), salt, options.Cost, options.ScryptR, options.ScryptP, DerivedKeyLength),
        _ => Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, options.Cost, HashAlgorithmName.SHA256, DerivedKeyLength),
    };

    public static byte[] Mac(byte[] derivedKey, ReadOnlySpan<byte> cipherText) =>
        Keccak256.HashConcatenation(derivedKey[16..32], cipherText.ToArray()).ToArray();

    public static byte[] AesCtr(byte[] derivedKey, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> input)
    {
        using var aes = Aes.Create();
        aes.Key = derivedKey[..16];
        var counter = iv.ToArray();
        var keyStream = new byte[16];
        var output = new byte[input.Length];
        for (var offset = 0; offset < input.Length; offset += 16)
        {
            aes.EncryptEcb(counter, keyStream, PaddingMode.None);
            var count = Math.Min(16, input.Length - offset);
            for (var i = 0; i < count; i++)
            {
                output[offset + i] = (byte)(input[offset + i] ^ keyStream[i]);
            }

            Increment(counter);
        }

        return output;
    }

    private static void Increment(byte[] counter)
    {
        for (var i = counter.Length - 1; i >= 0; i--)
        {
            counter[i] = unchecked((byte)(counter[i] + 1));
            if (counter[i] != 0)
            {
                return;
            }
        }
    }
}
