using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain.Crypto;

namespace Daisee.Billing.Requester.Chain.Signing;

/// <summary>
/// EIP-712 hashing: <c>encodeType</c> (the primary type, then every referenced struct type
/// sorted by name), <c>typeHash</c>, <c>hashStruct</c>, the domain separator and the digest
/// keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(message)).
/// </summary>
public static class TypedDataHasher
{
    /// <summary>The reserved name of the domain type.</summary>
    public const string DomainTypeName = "EIP712Domain";

    private static readonly TypedDataField[] StandardDomainFields =
    [
        new("name", "string"), new("version", "string"), new("chainId", "uint256"),
        new("verifyingContract", "address"), new("salt", "bytes32"),
    ];

    /// <summary>e.g. <c>Mail(Person from,Person to,string contents)Person(string name,address wallet)</c>.</summary>
    public static string EncodeType(IReadOnlyDictionary<string, ImmutableArray<TypedDataField>> types, string primaryType)
    {
        ArgumentNullException.ThrowIfNull(types);
        var dependencies = new SortedSet<string>(StringComparer.Ordinal);
        CollectDependencies(types, primaryType, dependencies);
        dependencies.Remove(primaryType);
        var text = new StringBuilder();
        foreach (var name in dependencies.Prepend(primaryType))
        {
            text.Append(name).Append('(')
                .AppendJoin(',', types[name].Select(f => f.Type + " " + f.Name))
                .Append(')');
        }

        return text.ToString();
    }

    /// <summary>keccak256(<see cref="EncodeType"/>).</summary>
    public static Hash32 TypeHash(IReadOnlyDictionary<string, ImmutableArray<TypedDataField>> types, string primaryType) =>
        Keccak256.Hash(EncodeType(types, primaryType));

    /// <summary>keccak256(typeHash ‖ encodeData(data)).</summary>
    public static Hash32 HashStruct(IReadOnlyDictionary<string, ImmutableArray<TypedDataField>> types, string typeName, JsonObject data) =>
        Keccak256.Hash(TypedDataEncoder.EncodeData(types, typeName, data));

    /// <summary>hashStruct of the domain, using the <c>EIP712Domain</c> type when given, else the members present.</summary>
    public static Hash32 DomainSeparator(TypedData typedData)
    {
        ArgumentNullException.ThrowIfNull(typedData);
        var types = typedData.Types.ContainsKey(DomainTypeName)
            ? typedData.Types
            : typedData.Types.SetItem(DomainTypeName, InferDomainFields(typedData.Domain));
        return HashStruct(types, DomainTypeName, typedData.Domain);
    }

    /// <summary>The digest a wallet signs for <c>eth_signTypedData_v4</c>.</summary>
    public static Hash32 Digest(TypedData typedData)
    {
        ArgumentNullException.ThrowIfNull(typedData);
        return Digest(DomainSeparator(typedData), HashStruct(typedData.Types, typedData.PrimaryType, typedData.Message));
    }

    /// <summary>keccak256(0x19 0x01 ‖ domainSeparator ‖ structHash).</summary>
    public static Hash32 Digest(Hash32 domainSeparator, Hash32 structHash) =>
        Keccak256.HashConcatenation([0x19, 0x01], domainSeparator.ToArray(), structHash.ToArray());

    /// <summary>Signs <see cref="Digest(TypedData)"/>.</summary>
    public static Signature Sign(TypedData typedData, ISigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        return signer.Sign(Digest(typedData));
    }

    private static void CollectDependencies(
        IReadOnlyDictionary<string, ImmutableArray<TypedDataField>> types, string type, SortedSet<string> found)
    {
        var name = TypedDataEncoder.BaseTypeName(type);
        if (!types.TryGetValue(name, out var fields) || !found.Add(name))
        {
            return;
        }

        foreach (var field in fields)
        {
            CollectDependencies(types, field.Type, found);
        }
    }

    private static ImmutableArray<TypedDataField> InferDomainFields(JsonObject domain) =>
    [
        .. StandardDomainFields.Where(f => domain.ContainsKey(f.Name)),
    ];
}
