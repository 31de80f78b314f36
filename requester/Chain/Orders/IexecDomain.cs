using System.Numerics;
using System.Text.Json.Nodes;
using Nethereum.ABI.EIP712;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>
/// The PoCo EIP-712 domain: name <c>iExecODB</c>, version <c>5.0.0</c>, the chain id at
/// <c>configure()</c> time and the hub (diamond proxy) as verifying contract.
/// </summary>
public sealed record IexecDomain(BigInteger ChainId, Address Hub)
{
    public const string Name = "iExecODB";

    public const string Version = "5.0.0";

    /// <summary>The domain of the hub <paramref name="hub"/> on chain <paramref name="chainId"/>.</summary>
    public static IexecDomain For(BigInteger chainId, Address hub) => new(chainId, hub);

    /// <summary>The <c>EIP712Domain</c> type members, as typed-data JSON.</summary>
    public static JsonArray Members() =>
    [
        new JsonObject { ["name"] = "name", ["type"] = "string" },
        new JsonObject { ["name"] = "version", ["type"] = "string" },
        new JsonObject { ["name"] = "chainId", ["type"] = "uint256" },
        new JsonObject { ["name"] = "verifyingContract", ["type"] = "address" },
    ];

    /// <summary>hashStruct(EIP712Domain): the domain separator (Nethereum's encoder, on the domain alone).</summary>
    public Hash32 Separator()
    {
        var typedData = new JsonObject
        {
            ["types"] = new JsonObject { ["EIP712Domain"] = Members() },
            ["primaryType"] = "EIP712Domain",
            ["domain"] = ToJson(),
            ["message"] = ToJson(),
        };
        return new(Eip712TypedDataEncoder.Current.CalculateTypedDataHashes(typedData.ToJsonString()).DomainHash);
    }

    /// <summary>The domain as the JSON object of typed data.</summary>
    public JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["version"] = Version,
        ["chainId"] = ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["verifyingContract"] = Hub.ToLowerHex(),
    };
}
