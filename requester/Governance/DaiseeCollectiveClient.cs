using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Rpc;

namespace Daisee.Billing.Requester.Governance;

/// <summary>
/// Typed calls to one deployed <c>DaiseeCollective</c> through an <see cref="IChainClient"/>
/// (whose account signs). A revert comes back as a <see cref="ContractRevertException"/> whose
/// reason names the contract's custom error and says what it means
/// (<see cref="CollectiveErrors.Explain"/>).
/// </summary>
public sealed class DaiseeCollectiveClient
{
    private readonly IChainClient _chain;

    public DaiseeCollectiveClient(IChainClient chain, Address contract)
    {
        ArgumentNullException.ThrowIfNull(chain);
        _chain = chain;
        Contract = contract;
    }

    public Address Contract { get; }

    /// <summary>Deploys the contract with the chain client's account as organiser.</summary>
    public static async Task<DaiseeCollectiveClient> DeployAsync(IChainClient chain, CollectiveArtifacts artifacts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(artifacts);
        var receipt = await chain.SendTransactionAsync(null, artifacts.CreationCode, 0, cancellationToken);
        var address = receipt.ContractAddress
            ?? throw new InvalidOperationException($"Deployment transaction {receipt.TransactionHash} created no contract.");
        return new DaiseeCollectiveClient(chain, address);
    }

    /// <summary>The same contract, signed by another account (a member approving, for instance).</summary>
    public DaiseeCollectiveClient As(IChainClient chain) => new(chain, Contract);

    public Task<TransactionReceipt> AddMemberAsync(Address member, Hash32 pseudonymousId, CancellationToken cancellationToken) =>
        SendAsync(CollectiveAbi.AddMember.EncodeCall(member, pseudonymousId), cancellationToken);

    public Task<TransactionReceipt> RemoveMemberAsync(Address member, CancellationToken cancellationToken) =>
        SendAsync(CollectiveAbi.RemoveMember.EncodeCall(member), cancellationToken);

    /// <param name="rulesHash">sha256 of the canonical rules part of collective.json (worker/Ingest/RulesHash).</param>
    /// <param name="effectivePeriod">First month (YYYYMM) the rules may be anchored with.</param>
    public Task<TransactionReceipt> ProposeRulesAsync(Hash32 rulesHash, uint effectivePeriod, CancellationToken cancellationToken) =>
        SendAsync(CollectiveAbi.ProposeRules.EncodeCall(rulesHash, effectivePeriod), cancellationToken);

    public Task<TransactionReceipt> ApproveRulesAsync(Hash32 rulesHash, CancellationToken cancellationToken) =>
        SendAsync(CollectiveAbi.ApproveRules.EncodeCall(rulesHash), cancellationToken);

    /// <summary>Anchors a billed month; refused if the period is already anchored (see <see cref="SupersedeAsync"/>).</summary>
    public Task<TransactionReceipt> AnchorAsync(PeriodAnchor anchor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        return SendAsync(CollectiveAbi.Anchor.EncodeCall(anchor.Period, anchor.TaskId, anchor.ResultDigest, anchor.RulesHash), cancellationToken);
    }

    /// <summary>Replaces the anchor of an anchored month; <paramref name="reasonHash"/> is the sha256 of the written reason.</summary>
    public Task<TransactionReceipt> SupersedeAsync(PeriodAnchor anchor, Hash32 reasonHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var data = CollectiveAbi.Supersede.EncodeCall(anchor.Period, anchor.TaskId, anchor.ResultDigest, anchor.RulesHash, reasonHash);
        return SendAsync(data, cancellationToken);
    }

    /// <summary>The anchor of <paramref name="period"/>, or null when the month is not anchored.</summary>
    public async Task<PeriodAnchor?> AnchorOfAsync(uint period, CancellationToken cancellationToken)
    {
        var values = await CallAsync(CollectiveAbi.AnchorOf, cancellationToken, period);
        var taskId = values.GetHash32(0);
        return taskId.IsZero
            ? null
            : new PeriodAnchor(period, taskId, values.GetHash32(1), values.GetHash32(2), (uint)values.GetInteger(3));
    }

    public async Task<bool> IsApprovedAsync(Hash32 rulesHash, CancellationToken cancellationToken) =>
        (await CallAsync(CollectiveAbi.IsApproved, cancellationToken, rulesHash)).GetBool(0);

    public async Task<RulesStatus> RulesStatusAsync(Hash32 rulesHash, CancellationToken cancellationToken)
    {
        var rules = await CallAsync(CollectiveAbi.RulesOf, cancellationToken, rulesHash);
        var approvals = await CallAsync(CollectiveAbi.ApprovalsOf, cancellationToken, rulesHash);
        var approved = await IsApprovedAsync(rulesHash, cancellationToken);
        return new RulesStatus(rulesHash, rules.GetBool(0), (uint)rules.GetInteger(1), approvals.GetInteger(0), approvals.GetInteger(1), approved);
    }

    /// <summary>The member's pseudonymous id, or <see cref="Hash32.Zero"/> for a non-member.</summary>
    public async Task<Hash32> MemberIdAsync(Address member, CancellationToken cancellationToken) =>
        (await CallAsync(CollectiveAbi.MemberId, cancellationToken, member)).GetHash32(0);

    public async Task<Address> OrganiserAsync(CancellationToken cancellationToken) =>
        (await CallAsync(CollectiveAbi.Organiser, cancellationToken)).GetAddress(0);

    private async Task<TransactionReceipt> SendAsync(byte[] data, CancellationToken cancellationToken)
    {
        try
        {
            return await _chain.SendTransactionAsync(Contract, data, 0, cancellationToken);
        }
        catch (ContractRevertException revert)
        {
            throw Explained(revert);
        }
    }

    private async Task<AbiValues> CallAsync(AbiFunction function, CancellationToken cancellationToken, params object?[] arguments)
    {
        try
        {
            return function.DecodeOutput(await _chain.CallAsync(Contract, function.EncodeCall(arguments), cancellationToken));
        }
        catch (ContractRevertException revert)
        {
            throw Explained(revert);
        }
    }

    private static ContractRevertException Explained(ContractRevertException revert) =>
        new(revert.To, CollectiveErrors.Explain(revert.Reason), revert.Receipt);
}
