using System.Collections.Immutable;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>
/// A request order, signed by <see cref="Requester"/>. Max prices are in nRLC per task.
/// <see cref="Params"/> is the exact JSON text that is hashed and stored (e.g.
/// <c>{"iexec_args":"--month 2026-06"}</c>); sign exactly the string you send.
/// </summary>
public sealed record RequestOrder(
    Address App,
    BigInteger AppMaxPrice,
    Address Dataset,
    BigInteger DatasetMaxPrice,
    Address Workerpool,
    BigInteger WorkerpoolMaxPrice,
    Address Requester,
    BigInteger Volume,
    Hash32 Tag,
    BigInteger Category,
    BigInteger Trust,
    Address Beneficiary,
    Address Callback,
    string Params,
    Hash32 Salt) : IOrder
{
    /// <inheritdoc />
    public ImmutableArray<object> Values =>
    [
        App, AppMaxPrice, Dataset, DatasetMaxPrice, Workerpool, WorkerpoolMaxPrice, Requester, Volume, Tag,
        Category, Trust, Beneficiary, Callback, Params, Salt,
    ];
}
