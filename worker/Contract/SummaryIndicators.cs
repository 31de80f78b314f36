namespace Daisee.Billing.Contract;

/// <summary>The collective's totals (Wh) and its self-consumption and coverage rates (fractions, null when undefined).</summary>
public sealed record SummaryIndicators(
    decimal ProductionWh,
    decimal AutoproducedWh,
    decimal SurplusWh,
    decimal ConsumptionWh,
    decimal AutoconsumedWh,
    decimal ComplementWh,
    decimal? SelfConsumptionRate,
    decimal? CoverageRate);
