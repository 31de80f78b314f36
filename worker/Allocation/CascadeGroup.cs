namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// One priority level of a cascade: the consumer indexes it serves (PRM order) and, for a
/// static group, their coefficients (units of <see cref="KeyShares.Scale"/>) applied to the
/// production that reaches the group; null units mean pro-rata of consumption.
/// </summary>
public sealed record CascadeGroup(int Priority, int[] Members, long[]? Units);
