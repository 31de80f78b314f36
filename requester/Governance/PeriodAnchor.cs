using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Governance;

/// <summary>
/// One billed month as anchored on chain: the iExec task that billed it, the digest of its
/// result, the approved rules hash it was billed with, and how many times it was superseded.
/// </summary>
/// <param name="Period">The month, YYYYMM (202604 = April 2026).</param>
public sealed record PeriodAnchor(uint Period, Hash32 TaskId, Hash32 ResultDigest, Hash32 RulesHash, uint Revision);
