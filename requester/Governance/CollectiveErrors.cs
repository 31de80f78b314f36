using System.Collections.Frozen;
using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Governance;

/// <summary>
/// The custom errors of <c>DaiseeCollective</c> (from its ABI) and their meaning in plain words.
/// </summary>
public static class CollectiveErrors
{
    private static readonly FrozenDictionary<string, string> Meanings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NotOrganiser"] = "only the organiser (the deployer) may do this",
        ["NotMember"] = "the account is not a member of the collective",
        ["AlreadyMember"] = "the account is already a member",
        ["InvalidMember"] = "a member needs a non-zero address and a non-zero pseudonymous id",
        ["RulesAlreadyProposed"] = "these rules were already proposed",
        ["RulesNotProposed"] = "these rules were never proposed by the organiser",
        ["AlreadyApproved"] = "this member already approved these rules",
        ["RulesNotApproved"] = "the rules hash is not approved by a strict majority of the members (approvals, members)",
        ["RulesNotYetEffective"] = "the rules only apply from their effective period (effective period, period)",
        ["InvalidPeriod"] = "a period is a month YYYYMM",
        ["InvalidAnchor"] = "an anchor needs a non-zero task id and result digest",
        ["PeriodAlreadyAnchored"] = "the period is already anchored: a correction goes through supersede with a reason",
        ["PeriodNotAnchored"] = "the period has no anchor to supersede",
        ["MissingReason"] = "superseding an anchor needs a non-zero reason hash",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Decodes the revert data of <paramref name="reason"/> against the contract's errors and adds
    /// the meaning: <c>RulesNotApproved(0x…, 1, 3): the rules hash is not approved…</c>.
    /// Reasons that are not one of these errors come back unchanged.
    /// </summary>
    public static RevertReason Explain(RevertReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var decoded = RevertReason.Decode(reason.Data.AsSpan(), CollectiveArtifacts.Abi.Errors);
        if (decoded.Kind != RevertReasonKind.Custom)
        {
            return reason;
        }

        var name = decoded.Message[..decoded.Message.IndexOf('(', StringComparison.Ordinal)];
        return Meanings.TryGetValue(name, out var meaning) ? decoded with { Message = $"{decoded.Message}: {meaning}" } : decoded;
    }
}
