using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>
/// Call data of <c>matchOrders(apporder, datasetorder, workerpoolorder, requestorder)</c>
/// (selector 0x156194d4): each order as a tuple of its fields plus the trailing <c>bytes sign</c>.
/// </summary>
public static class MatchOrdersCall
{
    /// <summary>The ABI of <c>matchOrders</c>, returning the deal id.</summary>
    public static AbiFunction Function { get; } = AbiFunction.Parse(
        "matchOrders("
        + "(address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) apporder,"
        + "(address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) datasetorder,"
        + "(address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) workerpoolorder,"
        + "(address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) requestorder"
        + ") returns (bytes32 dealid)");

    /// <summary>The "no dataset" argument: the all-zero dataset order with an empty signature.</summary>
    public static SignedOrder<DatasetOrder> NoDataset { get; } = new(DatasetOrder.None, []);

    /// <summary>selector ‖ abi.encode(the four order tuples).</summary>
    public static byte[] Encode(
        SignedOrder<AppOrder> app,
        SignedOrder<DatasetOrder> dataset,
        SignedOrder<WorkerpoolOrder> workerpool,
        SignedOrder<RequestOrder> request) =>
        Function.EncodeCall(Tuple(app), Tuple(dataset), Tuple(workerpool), Tuple(request));

    private static object[] Tuple<TOrder>(SignedOrder<TOrder> signedOrder)
        where TOrder : IOrder
    {
        ArgumentNullException.ThrowIfNull(signedOrder);
        return [.. signedOrder.Order.Values, signedOrder.Sign.IsDefault ? Array.Empty<byte>() : signedOrder.Sign.ToArray()];
    }
}
