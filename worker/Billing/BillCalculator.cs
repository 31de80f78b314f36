using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Local-energy bills: each consumer's autoconsumed energy, summed per (price set, price class)
/// over the period, times the collective's price for that class. A step without a price set
/// in force is reported, never billed at a guessed price.
/// </summary>
public static class BillCalculator
{
    public static (ImmutableArray<Bill> Bills, ImmutableArray<Issue> Issues) Calculate(Collective collective, AllocationResult allocation)
    {
        var period = allocation.Period;
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var bills = ImmutableArray.CreateBuilder<Bill>();
        foreach (var consumer in allocation.Consumers)
        {
            var energyByKey = new SortedDictionary<(NodaTime.LocalDate From, string Class), long>();
            var unpriced = 0L;
            for (var t = 0; t < period.StepCount; t++)
            {
                var local = consumer.Local[t].MilliwattHours;
                if (local == 0)
                {
                    continue;
                }

                var start = period.StepAt(t).Start.InZone(period.Zone).LocalDateTime;
                var prices = TariffClasses.InForce(collective.LocalPrices, start.Date);
                if (prices is null)
                {
                    unpriced += local;
                    continue;
                }

                var key = (prices.From, TariffClasses.ClassOf(prices, start));
                energyByKey[key] = energyByKey.GetValueOrDefault(key) + local;
            }

            if (unpriced > 0)
            {
                issues.Add(new Issue(Severity.Error, IssueCodes.NotBillable, "collective.json", 0,
                    $"PRM {consumer.Participant.Prm}: {new Energy(unpriced)} of local energy fall before the first localPrices.from date; add a price set that covers {period.Name}.")
                { Field = "localPrices[0].from", Prm = consumer.Participant.Prm });
            }

            bills.Add(new Bill(consumer.Participant, [.. energyByKey.Select(kv => Line(collective, kv.Key.From, kv.Key.Class, new Energy(kv.Value)))], collective.Currency));
        }

        return (bills.ToImmutable(), issues.ToImmutable());
    }

    private static BillLine Line(Collective collective, NodaTime.LocalDate from, string priceClass, Energy energy)
    {
        var price = collective.LocalPrices.Single(p => p.From == from).Classes[priceClass];
        return new BillLine("LOCAL_ENERGY", $"Local energy {priceClass}", priceClass, energy, price, Rounding.Line(price * energy));
    }
}
