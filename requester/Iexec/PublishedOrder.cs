using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>One order as the iExec market API lists it: the signed order, its hash, the volume left and who signed it.</summary>
public sealed record PublishedOrder<TOrder>(Hash32 OrderHash, BigInteger Remaining, string Status, Address Signer, SignedOrder<TOrder> Order)
    where TOrder : IOrder;
