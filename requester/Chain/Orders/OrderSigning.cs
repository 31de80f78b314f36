using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Signing;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>
/// EIP-712 hashing and signing of iExec orders. The order hash (the EIP-712 digest) is what
/// the hub emits in <c>OrdersMatched</c> and what <c>viewConsumed</c> takes.
/// </summary>
public static class OrderSigning
{
    /// <summary>keccak256 of the order's type string.</summary>
    public static Hash32 TypeHash(IOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return TypedDataHasher.TypeHash(Types(order), order.PrimaryType);
    }

    /// <summary>hashStruct(order): keccak256(typeHash ‖ fields), <c>params</c> as keccak256 of its UTF-8.</summary>
    public static Hash32 StructHash(IOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return TypedDataHasher.HashStruct(Types(order), order.PrimaryType, ToMessage(order));
    }

    /// <summary>The order hash: keccak256(0x1901 ‖ domainSeparator ‖ structHash).</summary>
    public static Hash32 Hash(IOrder order, Eip712Domain domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        return TypedDataHasher.Digest(domain.Separator(), StructHash(order));
    }

    /// <summary>The order as standard typed-data JSON (for wallets and <c>cast wallet sign --data</c>).</summary>
    public static TypedData ToTypedData(IOrder order, Eip712Domain domain)
    {
        ArgumentNullException.ThrowIfNull(order);
        return TypedData.Create(domain, order.PrimaryType, Types(order), ToMessage(order));
    }

    /// <summary>Signs the order hash with <paramref name="signer"/>.</summary>
    public static SignedOrder<TOrder> Sign<TOrder>(TOrder order, Eip712Domain domain, ISigner signer)
        where TOrder : IOrder
    {
        ArgumentNullException.ThrowIfNull(signer);
        var signature = signer.Sign(Hash(order, domain));
        return new SignedOrder<TOrder>(order, [.. signature.ToBytes()]);
    }

    /// <summary>True when <paramref name="signedOrder"/> carries a valid low-s signature by <paramref name="expectedSigner"/>.</summary>
    public static bool Verify<TOrder>(SignedOrder<TOrder> signedOrder, Eip712Domain domain, Address expectedSigner)
        where TOrder : IOrder
    {
        ArgumentNullException.ThrowIfNull(signedOrder);
        return signedOrder.Sign.Length == Signature.Length
            && EcRecover.Verify(Hash(signedOrder.Order, domain), Signature.FromBytes(signedOrder.Sign.AsSpan()), expectedSigner);
    }

    /// <summary>The order's message object for typed data.</summary>
    public static JsonObject ToMessage(IOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var message = new JsonObject();
        foreach (var (field, value) in order.Fields.Zip(order.Values))
        {
            message[field.Name] = value switch
            {
                Address address => TypedDataValue.Address(address),
                BigInteger number => TypedDataValue.Number(number),
                Hash32 hash => TypedDataValue.Bytes32(hash),
                string text => TypedDataValue.Text(text),
                _ => throw new InvalidOperationException($"{order.PrimaryType}.{field.Name} has an unexpected {value.GetType().Name}."),
            };
        }

        return message;
    }

    private static Dictionary<string, ImmutableArray<TypedDataField>> Types(IOrder order) =>
        new() { [order.PrimaryType] = order.Fields };
}
