using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Producer statements: the energy each producer sold to each member and its value at the
/// collective's local prices, and its surplus valued at its surplus buyer's price. Each step, a
/// member's autoconsumed energy is split among the producers in proportion to their autoproduced
/// energy (largest remainder, so the parts add up exactly). Members appear under pseudonyms.
/// Amounts exclude tax; each line is rounded once.
/// </summary>
public static class StatementCalculator
{
    public const string SoldCode = "SOLD_ENERGY";
    public const string SurplusCode = "SURPLUS";

    public static ImmutableArray<Bill> Calculate(Collective collective, AllocationResult allocation)
    {
        var producers = allocation.Producers.ToArray();
        var consumers = allocation.Consumers.ToArray();
        var sold = Split(allocation.Period, producers, consumers);
        var names = Pseudonyms.Of(collective);
        return [.. producers.Select((p, i) => Statement(collective, allocation.Period, p, consumers, sold[i], names))];
    }

    /// <summary>sold[producer][consumer][step]: the part of the consumer's local energy that came from the producer.</summary>
    public static long[][][] Split(BillingPeriod period, IReadOnlyList<ParticipantAllocation> producers, IReadOnlyList<ParticipantAllocation> consumers)
    {
        var sold = producers.Select(_ => consumers.Select(_ => new long[period.StepCount]).ToArray()).ToArray();
        var weights = new long[producers.Count];
        var parts = new long[producers.Count];
        for (var t = 0; t < period.StepCount; t++)
        {
            for (var p = 0; p < producers.Count; p++)
            {
                weights[p] = producers[p].Local[t].MilliwattHours;
            }

            for (var c = 0; c < consumers.Count; c++)
            {
                LargestRemainder.Apportion(consumers[c].Local[t].MilliwattHours, weights, parts);
                for (var p = 0; p < producers.Count; p++)
                {
                    sold[p][c][t] = parts[p];
                }
            }
        }

        return sold;
    }

    private static Bill Statement(Collective collective, BillingPeriod period, ParticipantAllocation producer, ParticipantAllocation[] consumers, long[][] sold, ImmutableSortedDictionary<Prm, string> names)
    {
        var lines = new List<BillLine>();
        for (var c = 0; c < consumers.Length; c++)
        {
            var buyer = names[consumers[c].Participant.Prm];
            var (groups, _) = StepSums.SumBy(period, [.. sold[c].Select(v => new Energy(v))], start =>
                TariffClasses.InForce(collective.LocalPrices, start.Date) is { } prices ? new PriceKey(prices.From, TariffClasses.ClassOf(prices, start)) : null);
            lines.AddRange(groups.OrderBy(g => g.Key.From).ThenBy(g => g.Key.Class, StringComparer.Ordinal).Select(g =>
            {
                var price = collective.LocalPrices.Single(p => p.From == g.Key.From).Classes[g.Key.Class];
                return new BillLine(SoldCode, $"Énergie vendue à {buyer} {g.Key.Class}", g.Key.Class, g.Energy, price, Rounding.Line(price * g.Energy)) { From = g.From, To = g.To };
            }));
        }

        var surplus = producer.GridTotal;
        var surplusPrice = producer.Participant.SurplusPrice ?? new UnitPrice(0m, collective.Currency);
        lines.Add(new BillLine(SurplusCode, "Surplus injecté sur le réseau", string.Empty, surplus, surplusPrice, Rounding.Line(surplusPrice * surplus)));
        return new Bill(producer.Participant, [.. lines], collective.Currency) { Kind = BillKind.ProducerStatement };
    }

    private sealed record PriceKey(LocalDate From, string Class);
}
