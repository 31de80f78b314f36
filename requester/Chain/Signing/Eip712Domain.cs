using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json.Nodes;

namespace Daisee.Billing.Requester.Chain.Signing;

/// <summary>
/// An EIP-712 domain. Only the members that are set take part, in the standard order
/// name, version, chainId, verifyingContract, salt.
/// </summary>
public sealed record Eip712Domain(
    string? Name,
    string? Version,
    BigInteger? ChainId,
    Address? VerifyingContract,
    Hash32? Salt = null)
{
    /// <summary>The <c>EIP712Domain</c> type members for the values that are set.</summary>
    public ImmutableArray<TypedDataField> Fields
    {
        get
        {
            var fields = ImmutableArray.CreateBuilder<TypedDataField>();
            AddIf(fields, Name is not null, "name", "string");
            AddIf(fields, Version is not null, "version", "string");
            AddIf(fields, ChainId is not null, "chainId", "uint256");
            AddIf(fields, VerifyingContract is not null, "verifyingContract", "address");
            AddIf(fields, Salt is not null, "salt", "bytes32");
            return fields.ToImmutable();
        }
    }

    /// <summary>The domain as the JSON object of typed data.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject();
        if (Name is not null)
        {
            json["name"] = Name;
        }

        if (Version is not null)
        {
            json["version"] = Version;
        }

        if (ChainId is { } chainId)
        {
            json["chainId"] = TypedDataValue.Number(chainId);
        }

        if (VerifyingContract is { } contract)
        {
            json["verifyingContract"] = TypedDataValue.Address(contract);
        }

        if (Salt is { } salt)
        {
            json["salt"] = TypedDataValue.Bytes32(salt);
        }

        return json;
    }

    /// <summary>hashStruct(EIP712Domain): the domain separator.</summary>
    public Hash32 Separator()
    {
        var types = new Dictionary<string, ImmutableArray<TypedDataField>> { [TypedDataHasher.DomainTypeName] = Fields };
        return TypedDataHasher.HashStruct(types, TypedDataHasher.DomainTypeName, ToJson());
    }

    private static void AddIf(ImmutableArray<TypedDataField>.Builder fields, bool present, string name, string type)
    {
        if (present)
        {
            fields.Add(new TypedDataField(name, type));
        }
    }
}
