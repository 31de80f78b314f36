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
    /// <summary>The domain name.</summary>
    public const string Name = "iExecODB";

    /// <summary>The domain version.</summary>
    public const string Version = "5.0.0";

    /// <summary>The domain of the hub <paramref name="hub"/> on chain <paramref name="chainId"/>.</summary>
    public static IexecDomain For(BigInteger chainId, Address hub) => new(chainId, hub);

    /// <summary>The <c>EIP712Domain</c> members.</summary>
    internal static MemberDescription[] Members { get; } =
    [
        new() { Name = "name", Type = "string" },
        new() { Name = "version", Type = "string" },
        new() { Name = "chainId", Type = "uint256" },
        new() { Name = "verifyingContract", Type = "address" },
    ];

    /// <summary>The domain values, as Nethereum's encoder takes them.</summary>
    internal MemberValue[] Values =>
    [
        new() { TypeName = "string", Value = Name },
        new() { TypeName = "string", Value = Version },
        new() { TypeName = "uint256", Value = ChainId },
        new() { TypeName = "address", Value = Hub.ToLowerHex() },
    ];

    /// <summary>hashStruct(EIP712Domain): the domain separator.</summary>
    public Hash32 Separator() =>
        new(Eip712TypedDataEncoder.Current.HashDomainSeparator(new TypedDataRaw
        {
            Types = new Dictionary<string, MemberDescription[]> { ["EIP712Domain"] = Members },
            PrimaryType = "EIP712Domain",
            DomainRawValues = Values,
            Message = [],
        }));

    /// <summary>The domain as the JSON object of typed data.</summary>
    public JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["version"] = Version,
        ["chainId"] = ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["verifyingContract"] = Hub.ToLowerHex(),
    };
}
