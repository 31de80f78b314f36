using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>
/// Strict standard ABI decoding (see <see cref="AbiValues"/> for the CLR types produced).
/// Offsets and lengths are bounds-checked; dirty padding, out-of-range integers and invalid
/// UTF-8 are rejected with <see cref="FormatException"/>.
/// </summary>
public static class AbiDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="data"/> as the tuple of <paramref name="types"/>.</summary>
    public static AbiValues Decode(IReadOnlyList<AbiType> types, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(types);
        return DecodeSequence(types, data);
    }

    /// <summary>Like <see cref="Decode"/>, but false instead of an exception for malformed data.</summary>
    public static bool TryDecode(IReadOnlyList<AbiType> types, ReadOnlySpan<byte> data, [NotNullWhen(true)] out AbiValues? values)
    {
        try
        {
            values = Decode(types, data);
            return true;
        }
        catch (FormatException)
        {
            values = null;
            return false;
        }
    }

    /// <summary>Decodes one 32-byte word (an indexed event topic) as a static type.</summary>
    internal static object DecodeWord(AbiType type, ReadOnlySpan<byte> word) => DecodeValue(type, word);

    private static AbiValues DecodeSequence(IReadOnlyList<AbiType> types, ReadOnlySpan<byte> data)
    {
        var values = new object[types.Count];
        var head = 0;
        for (var i = 0; i < types.Count; i++)
        {
            var type = types[i];
            if (type.IsDynamic)
            {
                var offset = AbiWord.ReadLength(data, head);
                values[i] = DecodeValue(type, data[offset..]);
            }
            else
            {
                values[i] = DecodeValue(type, head <= data.Length ? data[head..] : []);
            }

            head = checked(head + type.HeadSize);
        }

        return new AbiValues([.. values]);
    }

    private static object DecodeValue(AbiType type, ReadOnlySpan<byte> data) => type.Kind switch
    {
        AbiTypeKind.UnsignedInteger => CheckRange(AbiWord.ReadUnsigned(data, 0), type),
        AbiTypeKind.SignedInteger => CheckRange(AbiWord.ReadSigned(data, 0), type),
        AbiTypeKind.Address => new Address(CheckPadding(AbiWord.Slice(data, 0), 12, 20, type)),
        AbiTypeKind.Bool => AbiWord.ReadUnsigned(data, 0) is var b && b <= 1 ? b.IsOne : throw Bad(type),
        AbiTypeKind.FixedBytes => CheckPadding(AbiWord.Slice(data, 0), 0, type.Size, type).ToArray(),
        AbiTypeKind.Bytes => ReadDynamicBytes(data, type),
        AbiTypeKind.Utf8String => ReadString(data, type),
        AbiTypeKind.Array => DecodeRepeated(type.Element!, AbiWord.ReadLength(data, 0), data.Length < 32 ? [] : data[32..]),
        AbiTypeKind.FixedArray => DecodeRepeated(type.Element!, type.Size, data),
        _ => DecodeSequence(type.Components, data),
    };

    private static AbiValues DecodeRepeated(AbiType element, int count, ReadOnlySpan<byte> data)
    {
        if ((long)count * element.HeadSize > data.Length)
        {
            throw new FormatException($"ABI: {count} × {element} does not fit in {data.Length} bytes.");
        }

        return DecodeSequence(Enumerable.Repeat(element, count).ToList(), data);
    }

    private static byte[] ReadDynamicBytes(ReadOnlySpan<byte> data, AbiType type)
    {
        var length = AbiWord.ReadLength(data, 0);
        var padded = (length + 31) / 32 * 32;
        if (32L + padded > data.Length)
        {
            throw new FormatException($"ABI: {type} of {length} bytes runs past the data.");
        }

        var content = data.Slice(32, padded);
        return CheckPadding(content, 0, length, type).ToArray();
    }

    private static string ReadString(ReadOnlySpan<byte> data, AbiType type)
    {
        try
        {
            return StrictUtf8.GetString(ReadDynamicBytes(data, type));
        }
        catch (DecoderFallbackException e)
        {
            throw new FormatException("ABI: string is not valid UTF-8.", e);
        }
    }

    private static ReadOnlySpan<byte> CheckPadding(ReadOnlySpan<byte> area, int start, int length, AbiType type)
    {
        var value = area.Slice(start, length);
        return area[..start].ContainsAnyExcept((byte)0) || area[(start + length)..].ContainsAnyExcept((byte)0)
            ? throw Bad(type)
            : value;
    }

    private static BigInteger CheckRange(BigInteger value, AbiType type)
    {
        var bits = type.Kind == AbiTypeKind.UnsignedInteger ? type.Size : type.Size - 1;
        var limit = BigInteger.One << bits;
        var low = type.Kind == AbiTypeKind.UnsignedInteger ? BigInteger.Zero : -limit;
        return value >= low && value < limit ? value : throw Bad(type);
    }

    private static FormatException Bad(AbiType type) => new($"ABI: value out of range or dirty padding for {type}.");
}
