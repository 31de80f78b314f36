using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Governance;

/// <summary>
/// The functions of <c>contracts/src/DaiseeCollective.sol</c> the requester calls, as ABI
/// signatures. Periods are <c>uint32</c> YYYYMM; hashes are <c>bytes32</c>.
/// </summary>
public static class CollectiveAbi
{
    public static AbiFunction AddMember { get; } = AbiFunction.Parse("addMember(address member, bytes32 pseudonymousId)");

    public static AbiFunction RemoveMember { get; } = AbiFunction.Parse("removeMember(address member)");

    public static AbiFunction ProposeRules { get; } = AbiFunction.Parse("proposeRules(bytes32 rulesHash, uint32 effectivePeriod)");

    public static AbiFunction ApproveRules { get; } = AbiFunction.Parse("approveRules(bytes32 rulesHash)");

    public static AbiFunction Anchor { get; } =
        AbiFunction.Parse("anchor(uint32 period, bytes32 taskId, bytes32 resultDigest, bytes32 rulesHash)");

    public static AbiFunction Supersede { get; } =
        AbiFunction.Parse("supersede(uint32 period, bytes32 taskId, bytes32 resultDigest, bytes32 rulesHash, bytes32 reasonHash)");

    public static AbiFunction AnchorOf { get; } =
        AbiFunction.Parse("anchorOf(uint32 period) returns (bytes32 taskId, bytes32 resultDigest, bytes32 rulesHash, uint32 revision)");

    public static AbiFunction IsApproved { get; } = AbiFunction.Parse("isApproved(bytes32 rulesHash) returns (bool)");

    public static AbiFunction ApprovalsOf { get; } =
        AbiFunction.Parse("approvalsOf(bytes32 rulesHash) returns (uint256 approvals, uint256 memberCount)");

    public static AbiFunction RulesOf { get; } =
        AbiFunction.Parse("rulesOf(bytes32 rulesHash) returns (bool proposed, uint32 effectivePeriod)");

    public static AbiFunction MemberId { get; } = AbiFunction.Parse("memberId(address member) returns (bytes32)");

    public static AbiFunction Organiser { get; } = AbiFunction.Parse("organiser() returns (address)");
}
