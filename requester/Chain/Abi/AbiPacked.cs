using System.Buffers;
using System.Text;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>
/// Solidity <c>abi.encodePacked</c> for elementary types: integers in their own width,
/// addresses as 20 bytes, bools as 1 byte, <c>bytesN</c> as N bytes, <c>bytes</c>/<c>string</c> raw.
/// Arrays and tuples are not supported (their packed form is ambiguous and unused here).
/// </summary>
public static class AbiPacked
{
    /// <summary>The packed encoding of <paramref name="values"/>.</summary>
    public static byte[] Encode(IReadOnlyList<AbiType> types, IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(values);
        if (types.Count != values.Count)
        {
            throw new ArgumentException($"ABI: {types.Count} types but {values.Count} values.", nameof(values));
        }

        var output = new ArrayBufferWriter<byte>();
        for (var i = 0; i < types.Count; i++)
        {
            output.Write(EncodeOne(types[i], values[i]));
        }

        return output.WrittenSpan.ToArray();
    }

    private static byte[] EncodeOne(AbiType type, object? value)
    {
        switch (type.Kind)
        {
            case AbiTypeKind.Address:
                return AbiValueConverter.ToAddress(value).ToArray();
            case AbiTypeKind.Bool:
                return [AbiValueConverter.ToBool(value) ? (byte)1 : (byte)0];
            case AbiTypeKind.Bytes:
                return AbiValueConverter.ToBytes(value);
            case AbiTypeKind.Utf8String:
                return Encoding.UTF8.GetBytes(AbiValueConverter.ToText(value));
            case AbiTypeKind.FixedBytes or AbiTypeKind.UnsignedInteger or AbiTypeKind.SignedInteger:
                var word = AbiEncoder.Encode([type], [value]);
                var width = type.Kind == AbiTypeKind.FixedBytes ? type.Size : type.Size / 8;
                return type.Kind == AbiTypeKind.FixedBytes ? word[..width] : word[(32 - width)..];
            default:
                throw new NotSupportedException($"abi.encodePacked of {type} is not supported.");
        }
    }
}
