using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Crypto;

namespace Daisee.Billing.Requester.Chain.Signing;

/// <summary>
/// EIP-712 <c>encodeData</c>: every member becomes one 32-byte word. Atomic types are ABI
/// words; <c>bytes</c>/<c>string</c> are keccak256 of their content; structs are their
/// hashStruct; arrays are keccak256 of their encoded elements. Missing or mistyped values are
/// a <see cref="FormatException"/>.
/// </summary>
internal static class TypedDataEncoder
{
    public static string BaseTypeName(string type)
    {
        var bracket = type.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? type : type[..bracket];
    }

    public static byte[] EncodeData(IReadOnlyDictionary<string, ImmutableArray<TypedDataField>> types, string typeName, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!types.TryGetValue(typeName, out var fields))
        {
            throw new FormatException($"EIP-712: unknown struct type '{typeName}'.");
        }

        var output = new List<byte>(32 * (fields.Length + 1));
        output.AddRange(TypedDataHasher.TypeHash(types, typeName).ToArray());
        foreach (var field in fields)
        {
            if (!data.TryGetPropertyValue(field.Name, out var value))
            {
                throw new FormatException($"EIP-712: {typeName}.{field.Name} is missing.");
            }

            output.AddRange(EncodeField(types, field.Type, value).ToArray());
        }

        return [.. output];
    }

    private static Hash32 EncodeField(IReadOnlyDictionary<string, ImmutableArray<TypedDataField>> types, string type, JsonNode? value)
    {
        if (type.EndsWith(']'))
        {
            return EncodeArray(types, type, value);
        }

        if (types.ContainsKey(type))
        {
            return value is JsonObject obj
                ? TypedDataHasher.HashStruct(types, type, obj)
                : throw new FormatException($"EIP-712: a {type} value must be an object.");
        }

        return type switch
        {
            "string" => Keccak256.Hash(Encoding.UTF8.GetBytes(Text(value, type))),
            "bytes" => Keccak256.Hash(Hex.Decode(Text(value, type))),
            _ => EncodeAtomic(type, value),
        };
    }

    private static Hash32 EncodeAtomic(string type, JsonNode? value)
    {
        try
        {
            return new Hash32(AbiEncoder.Encode([AbiType.Parse(type)], [ToClr(value, type)]));
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"EIP-712: bad {type} value: {e.Message}", e);
        }
    }

    private static Hash32 EncodeArray(IReadOnlyDictionary<string, ImmutableArray<TypedDataField>> types, string type, JsonNode? value)
    {
        var open = type.LastIndexOf('[');
        var elementType = type[..open];
        var lengthText = type[(open + 1)..^1];
        if (value is not JsonArray items)
        {
            throw new FormatException($"EIP-712: a {type} value must be an array.");
        }

        if (lengthText.Length > 0 && int.Parse(lengthText, CultureInfo.InvariantCulture) != items.Count)
        {
            throw new FormatException($"EIP-712: {type} needs {lengthText} items, got {items.Count}.");
        }

        var encoded = items.Select(item => EncodeField(types, elementType, item).ToArray()).ToArray();
        return Keccak256.HashConcatenation(encoded);
    }

    private static string Text(JsonNode? value, string type) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : throw new FormatException($"EIP-712: a {type} value must be a JSON string.");

    private static object ToClr(JsonNode? value, string type) => value?.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => BigInteger.Parse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"EIP-712: unsupported JSON value for {type}."),
    };
}
