using System.Collections.Immutable;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>An order with its 65-byte signature r ‖ s ‖ v (empty for presigned orders and the "no dataset" order).</summary>
public sealed record SignedOrder<TOrder>(TOrder Order, ImmutableArray<byte> Sign)
    where TOrder : IOrder
{
    /// <summary><c>0x</c> + hex of <see cref="Sign"/>.</summary>
    public string SignHex => Hex.Encode(Sign.AsSpan());
}
