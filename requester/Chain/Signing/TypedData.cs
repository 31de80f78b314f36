using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Daisee.Billing.Requester.Chain.Signing;

/// <summary>
/// EIP-712 typed data in the standard <c>eth_signTypedData_v4</c> shape: struct types
/// (optionally including <c>EIP712Domain</c>), the primary type, the domain values and the
/// message values. Values are JSON: integers as numbers or decimal/0x strings, addresses and
/// bytes as 0x hex strings, structs as objects, arrays as arrays.
/// </summary>
public sealed record TypedData(
    ImmutableSortedDictionary<string, ImmutableArray<TypedDataField>> Types,
    string PrimaryType,
    JsonObject Domain,
    JsonObject Message)
{
    /// <summary>Builds typed data for <paramref name="domain"/>, adding its <c>EIP712Domain</c> type.</summary>
    public static TypedData Create(
        Eip712Domain domain,
        string primaryType,
        IEnumerable<KeyValuePair<string, ImmutableArray<TypedDataField>>> types,
        JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var all = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, types)
            .SetItem(TypedDataHasher.DomainTypeName, domain.Fields);
        return new TypedData(all, primaryType, domain.ToJson(), message);
    }
}
