using System.Collections.Immutable;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>
/// An iExec PoCo order (IexecLibOrders_v5): its EIP-712 type and its field values, in the
/// order of the type string, which is also the order of the <c>matchOrders</c> tuple (whose
/// trailing <c>bytes sign</c> is not part of the typed data).
/// </summary>
public interface IOrder
{
    /// <summary>The EIP-712 primary type, the record's name: <c>AppOrder</c>, <c>DatasetOrder</c>, <c>WorkerpoolOrder</c>, <c>RequestOrder</c>.</summary>
    string PrimaryType => GetType().Name;

    /// <summary>The EIP-712 members, in type-string order, read from the hub ABI's <c>matchOrders</c> tuple of this order (less <c>sign</c>).</summary>
    ImmutableArray<TypedDataField> Fields => MatchOrdersCall.Fields(PrimaryType);

    /// <summary>The values of <see cref="Fields"/>, same order: <see cref="Address"/>, <see cref="System.Numerics.BigInteger"/>, <see cref="Hash32"/> or <see cref="string"/>.</summary>
    ImmutableArray<object> Values { get; }
}
