using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Iexec;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Governance;

/// <summary>
/// Typed calls to one deployed <c>DaiseeCollective</c> through an <see cref="IChainNode"/>, signed by
/// <see cref="Account"/>, encoded from the contract's ABI (<see cref="CollectiveArtifacts.Abi"/>). A revert
/// comes back as a <see cref="TransactionRevertedException"/> whose reason names the contract's custom
/// error and says what it means (<see cref="CollectiveErrors.Explain"/>). Periods are YYYYMM.
/// </summary>
public sealed class DaiseeCollectiveClient
{
    private static readonly ContractAbi Abi = CollectiveArtifacts.Abi;
    private readonly IChainNode _node;

    public DaiseeCollectiveClient(IChainNode node, EthECKey account, Address contract)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(account);
        _node = node;
        Account = account;
        Contract = contract;
    }

    public Address Contract { get; }

    /// <summary>The account that signs this client's transactions.</summary>
    public EthECKey Account { get; }

    /// <summary>Deploys the contract with <paramref name="organiser"/> as organiser.</summary>
    public static async Task<DaiseeCollectiveClient> DeployAsync(IChainNode node, EthECKey organiser, CollectiveArtifacts artifacts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(artifacts);
        var outcome = await node.SendAsync(organiser, null, artifacts.CreationCode, cancellationToken);
        var address = outcome.ContractAddress
            ?? throw new InvalidOperationException($"Deployment transaction {outcome.Hash} created no contract.");
        return new DaiseeCollectiveClient(node, organiser, address);
    }

    /// <summary>The same contract, signed by another account (a member approving, for instance).</summary>
    public DaiseeCollectiveClient As(EthECKey account) => new(_node, account, Contract);

    public Task<TransactionOutcome> AddMemberAsync(Address member, Hash32 pseudonymousId, CancellationToken cancellationToken) =>
        SendAsync("addMember", cancellationToken, member, pseudonymousId);

    public Task<TransactionOutcome> RemoveMemberAsync(Address member, CancellationToken cancellationToken) =>
        SendAsync("removeMember", cancellationToken, member);

    /// <param name="rulesHash">sha256 of the canonical rules part of collective.json (worker/Ingest/RulesHash).</param>
    /// <param name="effectivePeriod">First month (YYYYMM) the rules may be anchored with.</param>
    public Task<TransactionOutcome> ProposeRulesAsync(Hash32 rulesHash, uint effectivePeriod, CancellationToken cancellationToken) =>
        SendAsync("proposeRules", cancellationToken, rulesHash, effectivePeriod);

    public Task<TransactionOutcome> ApproveRulesAsync(Hash32 rulesHash, CancellationToken cancellationToken) =>
        SendAsync("approveRules", cancellationToken, rulesHash);

    /// <summary>Anchors a billed month; refused if the period is already anchored (see <see cref="SupersedeAsync"/>).</summary>
    public Task<TransactionOutcome> AnchorAsync(PeriodAnchor anchor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        return SendAsync("anchor", cancellationToken, anchor.Period, anchor.TaskId, anchor.ResultDigest, anchor.RulesHash);
    }

    /// <summary>Replaces the anchor of an anchored month; <paramref name="reasonHash"/> is the sha256 of the written reason.</summary>
    public Task<TransactionOutcome> SupersedeAsync(PeriodAnchor anchor, Hash32 reasonHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        return SendAsync("supersede", cancellationToken, anchor.Period, anchor.TaskId, anchor.ResultDigest, anchor.RulesHash, reasonHash);
    }

    /// <summary>The anchor of <paramref name="period"/>, or null when the month is not anchored.</summary>
    public async Task<PeriodAnchor?> AnchorOfAsync(uint period, CancellationToken cancellationToken)
    {
        var values = await CallAsync("anchorOf", cancellationToken, period);
        var taskId = values.Hash("taskId");
        return taskId.IsZero
            ? null
            : new PeriodAnchor(period, taskId, values.Hash("resultDigest"), values.Hash("rulesHash"), (uint)values.Number("revision"));
    }

    public async Task<bool> IsApprovedAsync(Hash32 rulesHash, CancellationToken cancellationToken) =>
        (await CallAsync("isApproved", cancellationToken, rulesHash)).Bool();

    public async Task<RulesStatus> RulesStatusAsync(Hash32 rulesHash, CancellationToken cancellationToken)
    {
        var rules = await CallAsync("rulesOf", cancellationToken, rulesHash);
        var approvals = await CallAsync("approvalsOf", cancellationToken, rulesHash);
        var approved = await IsApprovedAsync(rulesHash, cancellationToken);
        return new RulesStatus(
            rulesHash, rules.Bool("proposed"), (uint)rules.Number("effectivePeriod"), approvals.Number("approvals"), approvals.Number("memberCount"), approved);
    }

    /// <summary>The member's pseudonymous id, or <see cref="Hash32.Zero"/> for a non-member.</summary>
    public async Task<Hash32> MemberIdAsync(Address member, CancellationToken cancellationToken) =>
        (await CallAsync("memberId", cancellationToken, member)).Hash();

    /// <summary>The current members, in the contract's order.</summary>
    public async Task<System.Collections.Immutable.ImmutableArray<Address>> MembersAsync(CancellationToken cancellationToken) =>
        (await CallAsync("members", cancellationToken)).Addresses();

    public async Task<Address> OrganiserAsync(CancellationToken cancellationToken) =>
        (await CallAsync("organiser", cancellationToken)).Address();

    private async Task<TransactionOutcome> SendAsync(string function, CancellationToken cancellationToken, params object?[] arguments)
    {
        try
        {
            return await _node.SendAsync(Account, Contract, Abi.Encode(function, arguments), cancellationToken);
        }
        catch (TransactionRevertedException revert)
        {
            throw Explained(function, revert);
        }
    }

    private async Task<AbiRecord> CallAsync(string function, CancellationToken cancellationToken, params object?[] arguments)
    {
        try
        {
            return Abi.Decode(function, await _node.CallAsync(Contract, Abi.Encode(function, arguments), cancellationToken));
        }
        catch (TransactionRevertedException revert)
        {
            throw Explained(function, revert);
        }
    }

    private static TransactionRevertedException Explained(string function, TransactionRevertedException revert) =>
        revert.Reason is { } reason ? new TransactionRevertedException(function, CollectiveErrors.Explain(reason)) : revert;
}
