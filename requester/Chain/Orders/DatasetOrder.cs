using System.Collections.Immutable;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>A dataset order, signed by the dataset owner. <see cref="DatasetPrice"/> is in nRLC per task.</summary>
public sealed record DatasetOrder(
    Address Dataset,
    BigInteger DatasetPrice,
    BigInteger Volume,
    Hash32 Tag,
    Address AppRestrict,
    Address WorkerpoolRestrict,
    Address RequesterRestrict,
    Hash32 Salt) : IOrder
{
    /// <summary>The all-zero order that <c>matchOrders</c> takes (with an empty signature) when a deal has no dataset.</summary>
    public static DatasetOrder None { get; } = new(default, 0, 0, default, default, default, default, default);

    /// <inheritdoc />
    public ImmutableArray<object> Values =>
        [Dataset, DatasetPrice, Volume, Tag, AppRestrict, WorkerpoolRestrict, RequesterRestrict, Salt];
}
