using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using Nethereum.ABI.EIP712;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>
/// EIP-712 hashing and signing of iExec orders: the standard typed-data JSON, hashed by Nethereum's typed-data encoder. The order
/// hash (the EIP-712 digest) is what the hub emits in <c>OrdersMatched</c> and what
/// <c>viewConsumed</c> takes.
/// </summary>
public static class OrderSigning
{
    /// <summary>keccak256 of the order's type string, e.g. <c>AppOrder(address app,uint256 appprice,…)</c>.</summary>
    public static Hash32 TypeHash(IOrder order) =>
        IexecIds.Keccak(Encoding.UTF8.GetBytes($"{order?.PrimaryType}({string.Join(',', order!.Fields.Select(f => f.Type + " " + f.Name))})"));

    /// <summary>hashStruct(order): keccak256(typeHash ‖ fields), <c>params</c> as keccak256 of its UTF-8.</summary>
    public static Hash32 StructHash(IOrder order) => new(Hashes(order, IexecDomain.For(0, Address.Zero)).MessageHash);

    /// <summary>The order hash: keccak256(0x1901 ‖ domainSeparator ‖ structHash).</summary>
    public static Hash32 Hash(IOrder order, IexecDomain domain) => new(Hashes(order, domain).TypedDataHash);

    /// <summary>Signs the order hash with <paramref name="signer"/>.</summary>
    public static SignedOrder<TOrder> Sign<TOrder>(TOrder order, IexecDomain domain, EthECKey signer)
        where TOrder : IOrder
    {
        ArgumentNullException.ThrowIfNull(signer);
        return new SignedOrder<TOrder>(order, [.. signer.SignDigest(Hash(order, domain))]);
    }

    /// <summary>True when <paramref name="signedOrder"/> carries a valid low-s signature by <paramref name="expectedSigner"/>.</summary>
    public static bool Verify<TOrder>(SignedOrder<TOrder> signedOrder, IexecDomain domain, Address expectedSigner)
        where TOrder : IOrder
    {
        ArgumentNullException.ThrowIfNull(signedOrder);
        return signedOrder.Sign.Length == 65
            && ChainKeys.Recover(Hash(signedOrder.Order, domain), signedOrder.Sign.AsSpan()) == expectedSigner;
    }

    /// <summary>The order as standard typed-data JSON (for wallets and <c>cast wallet sign --data</c>).</summary>
    public static string ToTypedDataJson(IOrder order, IexecDomain domain)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(domain);
        var json = new JsonObject
        {
            ["types"] = new JsonObject
            {
                ["EIP712Domain"] = IexecDomain.Members(),
                [order.PrimaryType] = new JsonArray([.. order.Fields.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["type"] = f.Type })]),
            },
            ["primaryType"] = order.PrimaryType,
            ["domain"] = domain.ToJson(),
            ["message"] = ToMessage(order),
        };
        return json.ToJsonString();
    }

    private static JsonObject ToMessage(IOrder order)
    {
        var message = new JsonObject();
        foreach (var (field, value) in order.Fields.Zip(order.Values))
        {
            message[field.Name] = value switch
            {
                Address address => address.ToLowerHex(),
                BigInteger number => number.ToString(CultureInfo.InvariantCulture),
                Hash32 hash => hash.ToString(),
                string text => text,
                _ => throw new InvalidOperationException($"{order.PrimaryType}.{field.Name} has an unexpected {value.GetType().Name}."),
            };
        }

        return message;
    }

    private static TypedDataHashResult Hashes(IOrder order, IexecDomain domain) =>
        Eip712TypedDataEncoder.Current.CalculateTypedDataHashes(ToTypedDataJson(order, domain));
}
