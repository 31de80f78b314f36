using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// Self-consumption indicators over the period. Self-consumption rate = autoproduced /
/// production (a producer's, or the collective's); coverage (self-sufficiency) rate =
/// autoconsumed / consumption. Rates are fractions rounded once to <see cref="Decimals"/>
/// decimals, midpoint away from zero; null when the denominator is zero.
/// </summary>
public sealed record Indicators(Energy Production, Energy Autoproduced, Energy Surplus, Energy Consumption, Energy Autoconsumed, Energy Complement)
{
    public const int Decimals = 4;

    public decimal? SelfConsumptionRate => Rate(Autoproduced, Production);

    public decimal? CoverageRate => Rate(Autoconsumed, Consumption);

    public static Indicators Of(AllocationResult allocation) => new(
        Sum(allocation.Producers, p => p.MeasuredTotal),
        Sum(allocation.Producers, p => p.LocalTotal),
        Sum(allocation.Producers, p => p.GridTotal),
        Sum(allocation.Consumers, p => p.MeasuredTotal),
        Sum(allocation.Consumers, p => p.LocalTotal),
        Sum(allocation.Consumers, p => p.GridTotal));

    /// <summary>The share of an entry's local energy in the collective's (a consumer's monthly key), 6 decimals.</summary>
    public static decimal? MonthlyShare(ParticipantAllocation entry, Energy collectiveLocal) =>
        collectiveLocal.MilliwattHours == 0 ? null : decimal.Round(entry.LocalTotal.WattHours / collectiveLocal.WattHours, 6, MidpointRounding.AwayFromZero);

    public static decimal? Rate(Energy part, Energy whole) =>
        whole.MilliwattHours == 0 ? null : decimal.Round(part.WattHours / whole.WattHours, Decimals, MidpointRounding.AwayFromZero);

    private static Energy Sum(IEnumerable<ParticipantAllocation> entries, Func<ParticipantAllocation, Energy> value) =>
        entries.Aggregate(Energy.Zero, (s, p) => s + value(p));
}
