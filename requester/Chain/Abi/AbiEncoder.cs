using System.Buffers;
using System.Text;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>
/// Standard (non-packed) Solidity ABI encoding. Values: integers as <see cref="System.Numerics.BigInteger"/>
/// or any CLR integer, <see cref="Address"/>, <see cref="bool"/>, bytes as <c>byte[]</c>/<see cref="Hash32"/>,
/// <see cref="string"/>, and arrays/tuples as any <see cref="System.Collections.IEnumerable"/> (e.g. <see cref="AbiValues"/>).
/// Out-of-range values are an <see cref="ArgumentException"/>: they are programming errors.
/// </summary>
public static class AbiEncoder
{
    /// <summary>Encodes <paramref name="values"/> as the tuple of <paramref name="types"/>.</summary>
    public static byte[] Encode(IReadOnlyList<AbiType> types, IReadOnlyList<object?> values)
    {
        var output = new ArrayBufferWriter<byte>();
        EncodeSequence(output, types, values);
        return output.WrittenSpan.ToArray();
    }

    internal static void EncodeSequence(ArrayBufferWriter<byte> output, IReadOnlyList<AbiType> types, IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(values);
        if (types.Count != values.Count)
        {
            throw new ArgumentException($"ABI: {types.Count} types but {values.Count} values.", nameof(values));
        }

        var headSize = types.Sum(t => t.HeadSize);
        var tails = new ArrayBufferWriter<byte>();
        for (var i = 0; i < types.Count; i++)
        {
            if (types[i].IsDynamic)
            {
                AbiWord.WriteUnsigned(output, headSize + tails.WrittenCount);
                EncodeValue(tails, types[i], values[i]);
            }
            else
            {
                EncodeValue(output, types[i], values[i]);
            }
        }

        output.Write(tails.WrittenSpan);
    }

    private static void EncodeValue(ArrayBufferWriter<byte> output, AbiType type, object? value)
    {
        switch (type.Kind)
        {
            case AbiTypeKind.UnsignedInteger:
                AbiWord.WriteUnsigned(output, CheckUnsigned(AbiValueConverter.ToInteger(value), type));
                break;
            case AbiTypeKind.SignedInteger:
                AbiWord.WriteSigned(output, CheckSigned(AbiValueConverter.ToInteger(value), type));
                break;
            case AbiTypeKind.Address:
                AbiWord.WritePadded(output, AbiValueConverter.ToAddress(value).ToArray(), padLeft: true);
                break;
            case AbiTypeKind.Bool:
                AbiWord.WriteUnsigned(output, AbiValueConverter.ToBool(value) ? 1 : 0);
                break;
            case AbiTypeKind.FixedBytes:
                AbiWord.WritePadded(output, CheckLength(AbiValueConverter.ToBytes(value), type), padLeft: false);
                break;
            case AbiTypeKind.Bytes:
                WriteDynamicBytes(output, AbiValueConverter.ToBytes(value));
                break;
            case AbiTypeKind.Utf8String:
                WriteDynamicBytes(output, Encoding.UTF8.GetBytes(AbiValueConverter.ToText(value)));
                break;
            default:
                EncodeComposite(output, type, AbiValueConverter.ToList(value));
                break;
        }
    }

    private static void EncodeComposite(ArrayBufferWriter<byte> output, AbiType type, List<object?> items)
    {
        switch (type.Kind)
        {
            case AbiTypeKind.Array:
                AbiWord.WriteUnsigned(output, items.Count);
                EncodeSequence(output, Enumerable.Repeat(type.Element!, items.Count).ToList(), items);
                break;
            case AbiTypeKind.FixedArray when items.Count == type.Size:
                EncodeSequence(output, Enumerable.Repeat(type.Element!, items.Count).ToList(), items);
                break;
            case AbiTypeKind.Tuple:
                EncodeSequence(output, type.Components, items);
                break;
            default:
                throw new ArgumentException($"ABI: {type} needs {type.Size} items, got {items.Count}.");
        }
    }

    private static void WriteDynamicBytes(ArrayBufferWriter<byte> output, byte[] bytes)
    {
        AbiWord.WriteUnsigned(output, bytes.Length);
        AbiWord.WritePadded(output, bytes, padLeft: false);
    }

    private static System.Numerics.BigInteger CheckUnsigned(System.Numerics.BigInteger value, AbiType type) =>
        value.Sign >= 0 && value.GetBitLength() <= type.Size
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), $"ABI: {value} does not fit {type}.");

    private static System.Numerics.BigInteger CheckSigned(System.Numerics.BigInteger value, AbiType type)
    {
        var limit = System.Numerics.BigInteger.One << (type.Size - 1);
        return value >= -limit && value < limit
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), $"ABI: {value} does not fit {type}.");
    }

    private static byte[] CheckLength(byte[] bytes, AbiType type) =>
        bytes.Length == type.Size
            ? bytes
            : throw new ArgumentException($"ABI: {type} needs exactly {type.Size} bytes, got {bytes.Length}.");
}
