namespace Daisee.Billing.Contract;

/// <summary>A consumer's autoconsumed energy (Wh) and its share of the collective's (6 decimals; null when nothing was shared).</summary>
public sealed record MonthlyShare(string Id, decimal AutoconsumedWh, decimal? Share);
