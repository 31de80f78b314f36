namespace Daisee.Billing.Contract;

/// <summary>One participant and quantity compared: how many steps differ over tolerance, and the largest difference (Wh, absolute).</summary>
public sealed record ReconciliationByParticipant(string Id, string Compared, int Differences, decimal MaxDifferenceWh);
