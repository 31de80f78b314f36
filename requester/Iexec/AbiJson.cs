using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Reads entries of a Solidity JSON ABI (as Hardhat writes it) into canonical signatures:
/// <c>tuple</c> types become <c>(…)</c> from their <c>components</c>, array suffixes are kept.
/// </summary>
public static class AbiJson
{
    /// <summary>e.g. <c>matchOrders((address,uint256,…),…)</c> for a function, error or event entry.</summary>
    public static string Signature(JsonObject entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var name = (string?)entry["name"] ?? throw new FormatException("An ABI entry has no name.");
        return $"{name}({string.Join(',', Parameters(entry["inputs"]).Select(p => p.Type.CanonicalName))})";
    }

    /// <summary>An <c>error</c> entry as an <see cref="AbiError"/>.</summary>
    public static AbiError Error(JsonObject entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new AbiError((string?)entry["name"] ?? "?", Parameters(entry["inputs"]));
    }

    /// <summary>A parameter list (<c>inputs</c>/<c>outputs</c>).</summary>
    public static ImmutableArray<AbiParameter> Parameters(JsonNode? list) =>
    [
        .. (list as JsonArray ?? []).OfType<JsonObject>().Select(p => new AbiParameter(
            (string?)p["name"] ?? string.Empty, AbiType.Parse(CanonicalType(p)), (bool?)p["indexed"] ?? false)),
    ];

    private static string CanonicalType(JsonObject parameter)
    {
        var type = (string?)parameter["type"] ?? throw new FormatException("An ABI parameter has no type.");
        if (!type.StartsWith("tuple", StringComparison.Ordinal))
        {
            return type;
        }

        var components = (parameter["components"] as JsonArray ?? []).OfType<JsonObject>().Select(CanonicalType);
        return "(" + string.Join(',', components) + ")" + type["tuple".Length..];
    }
}
