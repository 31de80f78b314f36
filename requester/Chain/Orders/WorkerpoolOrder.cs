using System.Collections.Immutable;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>
/// A workerpool order, signed by the workerpool owner (the scheduler). <see cref="WorkerpoolPrice"/>
/// is in nRLC per task; <see cref="Category"/> indexes the hub's categories (0 = XS);
/// <see cref="Trust"/> is the replication level offered.
/// </summary>
public sealed record WorkerpoolOrder(
    Address Workerpool,
    BigInteger WorkerpoolPrice,
    BigInteger Volume,
    Hash32 Tag,
    BigInteger Category,
    BigInteger Trust,
    Address AppRestrict,
    Address DatasetRestrict,
    Address RequesterRestrict,
    Hash32 Salt) : IOrder
{
    /// <inheritdoc />
    public ImmutableArray<object> Values =>
        [Workerpool, WorkerpoolPrice, Volume, Tag, Category, Trust, AppRestrict, DatasetRestrict, RequesterRestrict, Salt];
}
