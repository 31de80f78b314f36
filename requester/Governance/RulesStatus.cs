using System.Numerics;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Governance;

/// <summary>
/// Where a rules hash stands: proposed or not, from which month, and its approvals among the
/// current members. <see cref="IsApproved"/> is the contract's rule: proposed and
/// <c>2 · approvals &gt; members</c> (a strict majority).
/// </summary>
public sealed record RulesStatus(Hash32 RulesHash, bool Proposed, uint EffectivePeriod, BigInteger Approvals, BigInteger Members, bool IsApproved);
