using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// <c>viewTask</c> decoded. Deadlines are unix seconds; <see cref="Results"/> is the UTF-8 JSON
/// the worker stored (e.g. <c>{ "storage": "ipfs", "location": "/ipfs/…" }</c>).
/// </summary>
public sealed record TaskView(
    TaskStatus Status,
    Hash32 DealId,
    BigInteger Index,
    BigInteger TimeRef,
    BigInteger ContributionDeadline,
    BigInteger FinalDeadline,
    Hash32 ConsensusValue,
    ImmutableArray<Address> Contributors,
    Hash32 ResultDigest,
    ImmutableArray<byte> Results)
{
    /// <summary>Decodes the return data of <c>viewTask</c>.</summary>
    public static TaskView Decode(byte[] returnData)
    {
        var t = PocoAbi.Hub.Decode("viewTask", returnData).Tuple();
        return new TaskView(
            (TaskStatus)(int)t.Number("status"),
            t.Hash("dealid"),
            t.Number("idx"),
            t.Number("timeref"),
            t.Number("contributionDeadline"),
            t.Number("finalDeadline"),
            t.Hash("consensusValue"),
            t.Addresses("contributors"),
            t.Hash("resultDigest"),
            t.Bytes("results"));
    }

    /// <summary>The results field as text.</summary>
    public string ResultsText => Encoding.UTF8.GetString(Results.AsSpan());
}
