using System.Collections.Immutable;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>
/// An app order, signed by the app owner. <see cref="AppPrice"/> is in nRLC (10^-9 RLC) per
/// task; <see cref="Volume"/> is a number of tasks; a zero restrict address means anyone.
/// </summary>
public sealed record AppOrder(
    Address App,
    BigInteger AppPrice,
    BigInteger Volume,
    Hash32 Tag,
    Address DatasetRestrict,
    Address WorkerpoolRestrict,
    Address RequesterRestrict,
    Hash32 Salt) : IOrder
{
    /// <summary>The EIP-712 members, read from the hub ABI's <c>matchOrders</c> tuple (less <c>sign</c>): <c>AppOrder(address app,uint256 appprice,uint256 volume,bytes32 tag,address datasetrestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)</c>.</summary>
    public static ImmutableArray<TypedDataField> TypeFields { get; } = MatchOrdersCall.Fields(0);

    /// <inheritdoc />
    public string PrimaryType => "AppOrder";

    /// <inheritdoc />
    public ImmutableArray<TypedDataField> Fields => TypeFields;

    /// <inheritdoc />
    public ImmutableArray<object> Values =>
        [App, AppPrice, Volume, Tag, DatasetRestrict, WorkerpoolRestrict, RequesterRestrict, Salt];
}
