using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;

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
    public static TaskView Decode(ReadOnlySpan<byte> returnData)
    {
        var t = PocoAbi.ViewTask.DecodeOutput(returnData).GetValues(0);
        return new TaskView(
            (TaskStatus)(int)t.GetInteger(0),
            t.GetHash32(1),
            t.GetInteger(2),
            t.GetInteger(3),
            t.GetInteger(4),
            t.GetInteger(6),
            t.GetHash32(7),
            [.. t.GetValues(10).Cast<Address>()],
            t.GetHash32(11),
            [.. t.GetBytes(12)]);
    }

    /// <summary>The results field as text.</summary>
    public string ResultsText => Encoding.UTF8.GetString(Results.AsSpan());
}
