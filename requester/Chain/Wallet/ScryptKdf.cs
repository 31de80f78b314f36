using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace Daisee.Billing.Requester.Chain.Wallet;

/// <summary>
/// scrypt (RFC 7914). BouncyCastle's refuses n ≥ 2^16 when r = 1, which the Web3 Secret
/// Storage scrypt example (n = 2^18, r = 1, p = 8) and some wallets use, so the keystore
/// has its own: PBKDF2-HMAC-SHA256 → ROMix (Salsa20/8 BlockMix) per block → PBKDF2.
/// Memory is 128·r·n bytes; callers bound the parameters first.
/// </summary>
internal static class ScryptKdf
{
    public static byte[] Derive(byte[] password, byte[] salt, int n, int r, int p, int length)
    {
        var blockBytes = checked(128 * r);
        var b = Rfc2898DeriveBytes.Pbkdf2(password, salt, 1, HashAlgorithmName.SHA256, checked(p * blockBytes));
        var x = new uint[32 * r];
        var v = new uint[checked(n * x.Length)];
        var scratch = new uint[x.Length];
        for (var i = 0; i < p; i++)
        {
            var block = b.AsSpan(i * blockBytes, blockBytes);
            for (var k = 0; k < x.Length; k++)
            {
                x[k] = BinaryPrimitives.ReadUInt32LittleEndian(block[(4 * k)..]);
            }

            RoMix(x, v, scratch, n, r);
            for (var k = 0; k < x.Length; k++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(block[(4 * k)..], x[k]);
            }
        }

        Array.Clear(v);
        return Rfc2898DeriveBytes.Pbkdf2(password, b, 1, HashAlgorithmName.SHA256, length);
    }

    private static void RoMix(uint[] x, uint[] v, uint[] scratch, int n, int r)
    {
        var size = x.Length;
        var salsa = new uint[16];
        for (var i = 0; i < n; i++)
        {
            Array.Copy(x, 0, v, i * size, size);
            BlockMix(x, scratch, salsa, r);
        }

        for (var i = 0; i < n; i++)
        {
            var j = (int)(x[(2 * r - 1) * 16] & (uint)(n - 1));
            for (var k = 0; k < size; k++)
            {
                x[k] ^= v[(j * size) + k];
            }

            BlockMix(x, scratch, salsa, r);
        }
    }

    private static void BlockMix(uint[] b, uint[] y, uint[] x, int r)
    {
        Array.Copy(b, (2 * r - 1) * 16, x, 0, 16);
        for (var i = 0; i < 2 * r; i++)
        {
            var offset = i * 16;
            for (var k = 0; k < 16; k++)
            {
                x[k] ^= b[offset + k];
            }

            Salsa208(x);
            Array.Copy(x, 0, y, ((i % 2 * r) + (i / 2)) * 16, 16);
        }

        Array.Copy(y, b, y.Length);
    }

    /// <summary>The Salsa20/8 core, unrolled over locals (fast even without JIT optimisation).</summary>
    private static void Salsa208(uint[] b)
    {
        unchecked
        {
            uint x0 = b[0], x1 = b[1], x2 = b[2], x3 = b[3], x4 = b[4], x5 = b[5], x6 = b[6], x7 = b[7];
            uint x8 = b[8], x9 = b[9], x10 = b[10], x11 = b[11], x12 = b[12], x13 = b[13], x14 = b[14], x15 = b[15];
            for (var round = 0; round < 8; round += 2)
            {
                x4 ^= BitOperations.RotateLeft(x0 + x12, 7); x8 ^= BitOperations.RotateLeft(x4 + x0, 9);
                x12 ^= BitOperations.RotateLeft(x8 + x4, 13); x0 ^= BitOperations.RotateLeft(x12 + x8, 18);
                x9 ^= BitOperations.RotateLeft(x5 + x1, 7); x13 ^= BitOperations.RotateLeft(x9 + x5, 9);
                x1 ^= BitOperations.RotateLeft(x13 + x9, 13); x5 ^= BitOperations.RotateLeft(x1 + x13, 18);
                x14 ^= BitOperations.RotateLeft(x10 + x6, 7); x2 ^= BitOperations.RotateLeft(x14 + x10, 9);
                x6 ^= BitOperations.RotateLeft(x2 + x14, 13); x10 ^= BitOperations.RotateLeft(x6 + x2, 18);
                x3 ^= BitOperations.RotateLeft(x15 + x11, 7); x7 ^= BitOperations.RotateLeft(x3 + x15, 9);
                x11 ^= BitOperations.RotateLeft(x7 + x3, 13); x15 ^= BitOperations.RotateLeft(x11 + x7, 18);
                x1 ^= BitOperations.RotateLeft(x0 + x3, 7); x2 ^= BitOperations.RotateLeft(x1 + x0, 9);
                x3 ^= BitOperations.RotateLeft(x2 + x1, 13); x0 ^= BitOperations.RotateLeft(x3 + x2, 18);
                x6 ^= BitOperations.RotateLeft(x5 + x4, 7); x7 ^= BitOperations.RotateLeft(x6 + x5, 9);
                x4 ^= BitOperations.RotateLeft(x7 + x6, 13); x5 ^= BitOperations.RotateLeft(x4 + x7, 18);
                x11 ^= BitOperations.RotateLeft(x10 + x9, 7); x8 ^= BitOperations.RotateLeft(x11 + x10, 9);
                x9 ^= BitOperations.RotateLeft(x8 + x11, 13); x10 ^= BitOperations.RotateLeft(x9 + x8, 18);
                x12 ^= BitOperations.RotateLeft(x15 + x14, 7); x13 ^= BitOperations.RotateLeft(x12 + x15, 9);
                x14 ^= BitOperations.RotateLeft(x13 + x12, 13); x15 ^= BitOperations.RotateLeft(x14 + x13, 18);
            }

            b[0] += x0; b[1] += x1; b[2] += x2; b[3] += x3; b[4] += x4; b[5] += x5; b[6] += x6; b[7] += x7;
            b[8] += x8; b[9] += x9; b[10] += x10; b[11] += x11; b[12] += x12; b[13] += x13; b[14] += x14; b[15] += x15;
        }
    }
}
