using System.Buffers;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>32-byte ABI words: big-endian unsigned and two's complement signed integers.</summary>
internal static class AbiWord
{
    public const int Size = 32;

    private static readonly BigInteger TwoTo256 = BigInteger.One << 256;

    public static void WriteUnsigned(IBufferWriter<byte> output, BigInteger value)
    {
        var word = output.GetSpan(Size)[..Size];
        word.Clear();
        var count = value.GetByteCount(isUnsigned: true);
        if (value.Sign < 0 || count > Size)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Does not fit an unsigned 256-bit word.");
        }

        value.TryWriteBytes(word[(Size - count)..], out _, isUnsigned: true, isBigEndian: true);
        output.Advance(Size);
    }

    public static void WriteSigned(IBufferWriter<byte> output, BigInteger value) =>
        WriteUnsigned(output, value.Sign < 0 ? value + TwoTo256 : value);

    public static void WritePadded(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes, bool padLeft)
    {
        var padded = (bytes.Length + Size - 1) / Size * Size;
        var span = output.GetSpan(Math.Max(padded, 1))[..padded];
        span.Clear();
        bytes.CopyTo(padLeft ? span[(padded - bytes.Length)..] : span);
        output.Advance(padded);
    }

    public static BigInteger ReadUnsigned(ReadOnlySpan<byte> data, int offset) =>
        new(Slice(data, offset), isUnsigned: true, isBigEndian: true);

    public static BigInteger ReadSigned(ReadOnlySpan<byte> data, int offset)
    {
        var unsigned = ReadUnsigned(data, offset);
        return (data[offset] & 0x80) != 0 ? unsigned - TwoTo256 : unsigned;
    }

    /// <summary>Reads a word used as an offset or a length, bounded by the data length.</summary>
    public static int ReadLength(ReadOnlySpan<byte> data, int offset)
    {
        var value = ReadUnsigned(data, offset);
        return value <= data.Length
            ? (int)value
            : throw new FormatException($"ABI: offset or length {value} exceeds the {data.Length} bytes available.");
    }

    public static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> data, int offset) =>
        offset >= 0 && (long)offset + Size <= data.Length
            ? data.Slice(offset, Size)
            : throw new FormatException($"ABI: a word at {offset} runs past the {data.Length} bytes available.");
}
