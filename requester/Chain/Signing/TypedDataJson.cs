using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Daisee.Billing.Requester.Chain.Signing;

/// <summary>
/// Reads and writes the standard typed-data JSON
/// (<c>{"types":{…},"primaryType":…,"domain":{…},"message":{…}}</c>), as used by
/// <c>eth_signTypedData_v4</c> and <c>cast wallet sign --data</c>.
/// </summary>
public static class TypedDataJson
{
    /// <summary>Parses typed data; throws <see cref="FormatException"/> when a part is missing or malformed.</summary>
    public static TypedData Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException("Typed data is not valid JSON.", e);
        }

        if (root is not JsonObject obj
            || obj["types"] is not JsonObject types
            || obj["primaryType"] is not JsonValue primary
            || obj["domain"] is not JsonObject domain
            || obj["message"] is not JsonObject message)
        {
            throw new FormatException("Typed data needs the objects types, domain, message and the string primaryType.");
        }

        return new TypedData(ReadTypes(types), primary.GetValue<string>(), (JsonObject)domain.DeepClone(), (JsonObject)message.DeepClone());
    }

    /// <summary>Compact JSON, members in the order types, primaryType, domain, message.</summary>
    public static string Serialize(TypedData typedData)
    {
        ArgumentNullException.ThrowIfNull(typedData);
        var types = new JsonObject();
        foreach (var (name, fields) in typedData.Types)
        {
            types[name] = new JsonArray([.. fields.Select(f => new JsonObject { ["name"] = f.Name, ["type"] = f.Type })]);
        }

        var root = new JsonObject
        {
            ["types"] = types,
            ["primaryType"] = typedData.PrimaryType,
            ["domain"] = typedData.Domain.DeepClone(),
            ["message"] = typedData.Message.DeepClone(),
        };
        return root.ToJsonString();
    }

    private static ImmutableSortedDictionary<string, ImmutableArray<TypedDataField>> ReadTypes(JsonObject types)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<TypedDataField>>(StringComparer.Ordinal);
        foreach (var (name, node) in types)
        {
            if (node is not JsonArray members)
            {
                throw new FormatException($"Typed data: types.{name} must be an array.");
            }

            builder[name] = [.. members.Select(m => ReadField(name, m))];
        }

        return builder.ToImmutable();
    }

    private static TypedDataField ReadField(string typeName, JsonNode? member) =>
        member is JsonObject { } field && field["name"] is JsonValue name && field["type"] is JsonValue type
            ? new TypedDataField(name.GetValue<string>(), type.GetValue<string>())
            : throw new FormatException($"Typed data: every member of {typeName} needs a name and a type.");
}
