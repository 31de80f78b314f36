namespace Daisee.Billing.Contract;

/// <summary>A producer's statement in short: energy sold to members and its value, surplus and its value (EUR excl. tax).</summary>
public sealed record SummaryStatement(decimal SoldKwh, decimal SoldEur, decimal SurplusKwh, decimal SurplusEur);
