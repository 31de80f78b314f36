namespace Daisee.Billing.Contract;

/// <summary>
/// The collective's energies over the period, in Wh: production = autoproduced + surplus and
/// consumption = autoconsumed + complement exactly, autoproduced = autoconsumed.
/// </summary>
public sealed record EnergyTotals(decimal ProductionWh, decimal AutoproducedWh, decimal SurplusWh, decimal ConsumptionWh, decimal AutoconsumedWh, decimal ComplementWh);
