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
    /// <inheritdoc />
    public ImmutableArray<object> Values =>
        [App, AppPrice, Volume, Tag, DatasetRestrict, WorkerpoolRestrict, RequesterRestrict, Salt];
}
