using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The supplier's bill for an all-in offer (prices TTC per kWh include network, excise, CTA and
/// VAT; nothing is added on top). WITHOUT the collective: all consumption × the offer's price of
/// its class + the subscription of the whole month. WITH it: the complement × the same prices +
/// the subscription + the TURPE variable part the supplier still bills on self-consumed energy
/// (the meter's FTA, autoproduit rate under the ACC option), plus 20 % VAT on it. Each line is
/// rounded once, to the cent.
/// </summary>
public static class AllInEstimate
{
    public static (ImmutableArray<BillLine> With, ImmutableArray<BillLine> Without) Lines(Collective collective, BillingPeriod period, ParticipantAllocation consumer, SupplierOffer offer, RateTable rates, ImmutableArray<Issue>.Builder issues)
    {
        var currency = collective.Currency;
        var participant = consumer.Participant;
        var classed = offer.PricesTtc.ContainsKey("base") || participant.NetworkOffPeak is { Length: > 0 };
        if (!classed)
        {
            issues.Add(new Issue(Severity.Warning, IssueCodes.NotBillable, "collective.json", 0,
                $"PRM {participant.Prm}: the offer has HP/HC prices but the meter's offPeakHours are not given; its energy is not estimated.")
            { Prm = participant.Prm, Field = "participants[].offPeakHours" });
        }

        var subscription = Subscription(offer, currency);
        var with = new List<BillLine>(Supply(period, participant, offer, consumer.Grid, classed, "complément", currency));
        with.AddRange(subscription);
        with.AddRange(SelfConsumedTurpe(collective, period, consumer, rates, issues));
        with.AddRange(VatLines.Of(with, currency));
        var without = new List<BillLine>(Supply(period, participant, offer, consumer.Measured, classed, "toute la conso.", currency));
        without.AddRange(subscription);
        return ([.. with], [.. without]);
    }

    /// <summary>The offer's class of a step: base, HP/HC from the meter's off-peak hours, or the four seasonal classes.</summary>
    public static string ClassOf(SupplierOffer offer, Participant participant, LocalDateTime start)
    {
        if (offer.PricesTtc.ContainsKey("base"))
        {
            return "base";
        }

        var hc = (participant.NetworkOffPeak ?? []).Any(r => r.Contains(start.TimeOfDay));
        if (offer.PricesTtc.ContainsKey("HP"))
        {
            return hc ? "HC" : "HP";
        }

        return (hc ? "HC" : "HP") + (start.Month is >= 11 or <= 3 ? "H" : "B");
    }

    private static IEnumerable<BillLine> Supply(BillingPeriod period, Participant participant, SupplierOffer offer, ImmutableArray<Energy> energy, bool classed, string what, string currency)
    {
        if (!classed)
        {
            return [SupplierEstimator.NotEstimated(SupplierEstimator.SupplyCode, $"Fourniture ({what})", currency)];
        }

        var (groups, _) = StepSums.SumBy(period, energy, start => ClassOf(offer, participant, start));
        return groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var price = offer.PricesTtc.TryGetValue(g.Key, out var p) ? p : new UnitPrice(0m, currency);
            return new BillLine(SupplierEstimator.SupplyCode, $"Fourniture {g.Key} TTC ({what})", g.Key, g.Energy, price, Rounding.Line(price * g.Energy))
            {
                From = g.From,
                To = g.To,
                RateUnit = "EUR/kWh TTC",
            };
        });
    }

    private static IEnumerable<BillLine> Subscription(SupplierOffer offer, string currency) =>
        offer.SubscriptionTtcPerMonth is { } sub
            ? [new BillLine(SupplierEstimator.SubscriptionCode, "Abonnement de l'offre (mois entier, TTC)", Rounding.Line(sub))
                { Quantity = 1m, QuantityUnit = "month", Rate = sub.Amount, RateUnit = $"{currency}/month TTC" }]
            : [];

    private static IEnumerable<BillLine> SelfConsumedTurpe(Collective collective, BillingPeriod period, ParticipantAllocation consumer, RateTable rates, ImmutableArray<Issue>.Builder issues)
    {
        const string label = "TURPE énergie autoconsommée";
        var participant = consumer.Participant;
        if (!NetworkTariff.IsKnown(participant))
        {
            issues.Add(new Issue(Severity.Warning, IssueCodes.NotBillable, "collective.json", 0,
                $"PRM {participant.Prm}: the meter's turpeFta (and offPeakHours for an HP/HC option) is not given; the TURPE on self-consumed energy is not estimated.")
            { Prm = participant.Prm, Field = "participants[].turpeFta" });
            return [SupplierEstimator.NotEstimated(RateComponents.TurpeEnergy, label, collective.Currency)];
        }

        var fta = NetworkTariff.FtaOf(participant)!;
        var option = EnergyOnlyEstimate.Option(collective, participant, fta, rates, issues);
        var code = option.EndsWith(NetworkTariff.AccSuffix, StringComparison.Ordinal) ? RateComponents.TurpeEnergyAutoproduced : RateComponents.TurpeEnergy;
        return TurpeLines.Energy(period, code, label, consumer.Local,
            start => NetworkTariff.ClassOf(fta, start, participant.NetworkOffPeak ?? []), option, rates, collective.Currency);
    }
}
