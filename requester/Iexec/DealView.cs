using System.Numerics;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The fields of <c>viewDeal</c> a requester follows a deal by: assets, requester, category, the request's
/// <c>params</c> (holding <c>iexec_args</c>), the start time (unix seconds) and the task range.
/// A deal that does not exist reads back with a zero requester (<see cref="Exists"/> false).
/// </summary>
public sealed record DealView(
    Hash32 DealId, Address App, Address Dataset, Address Workerpool, BigInteger TaskPrice, BigInteger Category, Address Requester, string Params,
    BigInteger StartTime, BigInteger BotFirst, BigInteger BotSize)
{
    /// <summary>True when the hub knows the deal.</summary>
    public bool Exists => Requester != Address.Zero;

    /// <summary>Decodes the return data of <c>viewDeal</c>.</summary>
    public static DealView Decode(Hash32 dealId, ReadOnlySpan<byte> returnData)
    {
        var d = PocoAbi.ViewDeal.DecodeOutput(returnData).GetValues(0);
        var (app, dataset, pool) = (d.GetValues(0), d.GetValues(1), d.GetValues(2));
        return new DealView(
            dealId, app.GetAddress(0), dataset.GetAddress(0), pool.GetAddress(0), app.GetInteger(2) + dataset.GetInteger(2) + pool.GetInteger(2),
            d.GetInteger(4), d.GetAddress(6), d.GetString(9), d.GetInteger(10), d.GetInteger(11), d.GetInteger(12));
    }
}
