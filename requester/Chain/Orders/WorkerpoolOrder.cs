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
    /// <summary>The EIP-712 members, read from the hub ABI's <c>matchOrders</c> tuple (less <c>sign</c>): <c>WorkerpoolOrder(address workerpool,uint256 workerpoolprice,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address apprestrict,address datasetrestrict,address requesterrestrict,bytes32 salt)</c>.</summary>
    public static ImmutableArray<TypedDataField> TypeFields { get; } = MatchOrdersCall.Fields(2);

    /// <inheritdoc />
    public string PrimaryType => "WorkerpoolOrder";

    /// <inheritdoc />
    public ImmutableArray<TypedDataField> Fields => TypeFields;

    /// <inheritdoc />
    public ImmutableArray<object> Values =>
        [Workerpool, WorkerpoolPrice, Volume, Tag, Category, Trust, AppRestrict, DatasetRestrict, RequesterRestrict, Salt];
}
