using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// <c>viewDeal</c> decoded (IexecLibCore_v5.Deal). Prices are nRLC per task; <see cref="StartTime"/>
/// is unix seconds; the deal's tasks are indexes <see cref="BotFirst"/> … BotFirst + BotSize − 1.
/// A deal that does not exist reads as all zeros (<see cref="Exists"/> false).
/// </summary>
public sealed record DealView(
    Hash32 DealId,
    Address App,
    Address AppOwner,
    BigInteger AppPrice,
    Address Dataset,
    BigInteger DatasetPrice,
    Address Workerpool,
    Address WorkerpoolOwner,
    BigInteger WorkerpoolPrice,
    BigInteger Trust,
    BigInteger Category,
    Hash32 Tag,
    Address Requester,
    Address Beneficiary,
    Address Callback,
    string Params,
    BigInteger StartTime,
    BigInteger BotFirst,
    BigInteger BotSize)
{
    /// <summary>False for the zero deal the hub returns for an unknown id.</summary>
    public bool Exists => !App.IsZero;

    /// <summary>Decodes the return data of <c>viewDeal</c>.</summary>
    public static DealView Decode(Hash32 dealId, byte[] returnData)
    {
        var d = PocoAbi.Hub.Decode("viewDeal", returnData).Tuple();
        AbiRecord app = d.Tuple("app"), dataset = d.Tuple("dataset"), pool = d.Tuple("workerpool");
        return new DealView(
            dealId,
            app.Address("pointer"), app.Address("owner"), app.Number("price"),
            dataset.Address("pointer"), dataset.Number("price"),
            pool.Address("pointer"), pool.Address("owner"), pool.Number("price"),
            d.Number("trust"), d.Number("category"), d.Hash("tag"),
            d.Address("requester"), d.Address("beneficiary"), d.Address("callback"), d.Text("params"),
            d.Number("startTime"), d.Number("botFirst"), d.Number("botSize"));
    }
}
