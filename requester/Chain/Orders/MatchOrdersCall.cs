using System.Collections.Immutable;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>
/// Call data of <c>matchOrders(apporder, datasetorder, workerpoolorder, requestorder)</c>
/// (selector 0x156194d4), encoded from the hub's ABI: each order as a tuple of its fields plus
/// the trailing <c>bytes sign</c>.
/// </summary>
public static class MatchOrdersCall
{
    /// <summary>The "no dataset" argument: the all-zero dataset order with an empty signature.</summary>
    public static SignedOrder<DatasetOrder> NoDataset { get; } = new(DatasetOrder.None, []);

    private static readonly ImmutableArray<string> Orders = ["AppOrder", "DatasetOrder", "WorkerpoolOrder", "RequestOrder"];

    /// <summary>The members of the <c>matchOrders</c> tuple of <paramref name="primaryType"/> in the hub ABI, less the trailing <c>sign</c>: the order's EIP-712 type.</summary>
    public static ImmutableArray<TypedDataField> Fields(string primaryType) =>
        [.. Iexec.PocoAbi.Hub.TupleComponents("matchOrders", Orders.IndexOf(primaryType)).Where(c => c.Name != "sign").Select(c => new TypedDataField(c.Name, c.Type))];

    /// <summary>selector ‖ abi.encode(the four order tuples).</summary>
    public static byte[] Encode(
        SignedOrder<AppOrder> app,
        SignedOrder<DatasetOrder> dataset,
        SignedOrder<WorkerpoolOrder> workerpool,
        SignedOrder<RequestOrder> request) =>
        Iexec.PocoAbi.Hub.Encode("matchOrders", Tuple(app), Tuple(dataset), Tuple(workerpool), Tuple(request));

    private static object[] Tuple<TOrder>(SignedOrder<TOrder> signedOrder)
        where TOrder : IOrder
    {
        ArgumentNullException.ThrowIfNull(signedOrder);
        return [.. signedOrder.Order.Values, signedOrder.Sign.IsDefault ? Array.Empty<byte>() : signedOrder.Sign.ToArray()];
    }
}
