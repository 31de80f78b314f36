namespace Daisee.Billing.Requester.Journal;

/// <summary>
/// One purchase of <c>bill --runner iexec</c>: which chain, hub and app, the request's <c>iexec_args</c> (the
/// period), the sha256 of the packed dataset before any encryption, and what was bought — the dataset
/// address, the deal id (known before <c>matchOrders</c> is sent: keccak256(requestHash ‖ 0)), the task id,
/// and <see cref="State"/>. Addresses are EIP-55 checksummed, ids 0x-prefixed, the dataset sha256 plain lowercase hex.
/// </summary>
public sealed record JournalEntry(
    string ChainId, string Hub, string App, string Arguments, string DatasetSha256, string Dataset, string DealId, string TaskId, string State)
{
    /// <summary>The request order is signed and <c>matchOrders</c> is about to be sent: the deal may or may not exist.</summary>
    public const string Matching = "matching";

    /// <summary>The deal exists on chain: it is paid for and must be followed, not bought again.</summary>
    public const string Matched = "matched";

    /// <summary>The task completed and its result was pulled and verified.</summary>
    public const string Completed = "completed";

    /// <summary>The task failed or was claimed (refunded): the next run buys a new deal.</summary>
    public const string Failed = "failed";

    /// <summary>True when both entries are for the same purchase (chain, hub, app, arguments, dataset bytes).</summary>
    public bool SameRequest(JournalEntry other) =>
        other is not null && (ChainId, Hub, App, Arguments, DatasetSha256) == (other.ChainId, other.Hub, other.App, other.Arguments, other.DatasetSha256);
}
