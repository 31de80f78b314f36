using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The supplier's bill for an energy-only offer (price HT per kWh, network and taxes excluded):
/// the energy at that price, the TURPE of the meter's FTA (fixed part over the whole month,
/// energy part per distributor class; autoproduit/alloproduit rates under the ACC option),
/// CTA on the fixed part, excise on the energy the supplier delivers, VAT; plus the offer's
/// subscription TTC if given. WITH the collective the supplier delivers the complement; WITHOUT,
/// all consumption at the standard TURPE.
/// </summary>
public static class EnergyOnlyEstimate
{
    public static (ImmutableArray<BillLine> With, ImmutableArray<BillLine> Without) Lines(Collective collective, BillingPeriod period, ParticipantAllocation consumer, SupplierOffer offer, RateTable rates, ImmutableArray<Issue>.Builder issues)
    {
        var participant = consumer.Participant;
        var fta = NetworkTariff.IsKnown(participant) ? NetworkTariff.FtaOf(participant) : null;
        if (fta is null)
        {
            issues.Add(new Issue(Severity.Warning, IssueCodes.NotBillable, "collective.json", 0,
                $"PRM {participant.Prm}: the meter's turpeFta (and offPeakHours for an HP/HC option) is not given; the TURPE and CTA of the estimate are not estimated.")
            { Prm = participant.Prm, Field = "participants[].turpeFta" });
        }

        var zero = ImmutableArray.CreateRange(Enumerable.Repeat(Energy.Zero, consumer.Measured.Length));
        var option = fta is null ? null : Option(collective, participant, fta, rates, issues);
        var with = Build(collective, period, participant, offer, consumer.Local, consumer.Grid, fta, option, rates, issues);
        var without = Build(collective, period, participant, offer, zero, consumer.Measured, fta, fta, rates, issues);
        return (with, without);
    }

    /// <summary>The rates-table option of a meter: the ACC variant when the collective chose it and it exists for the FTA (CU4, MU4).</summary>
    public static string Option(Collective collective, Participant participant, string fta, RateTable rates, ImmutableArray<Issue>.Builder issues)
    {
        var accChosen = collective.Regulated.TurpeOption == NetworkTariff.AccOption;
        var option = NetworkTariff.OptionOf(fta, accChosen, rates);
        if (accChosen && !option.EndsWith(NetworkTariff.AccSuffix, StringComparison.Ordinal))
        {
            issues.Add(new Issue(Severity.Info, IssueCodes.NotBillable, "collective.json", 0,
                $"PRM {participant.Prm}: the TURPE ACC option exists for BTINFCU4 and BTINFMU4 only, not for {fta}; the estimate uses the standard tariff.")
            { Prm = participant.Prm, Field = "regulated.turpeOption" });
        }

        return option;
    }

    private static ImmutableArray<BillLine> Build(Collective collective, BillingPeriod period, Participant participant, SupplierOffer offer,
        ImmutableArray<Energy> local, ImmutableArray<Energy> grid, string? fta, string? option, RateTable rates, ImmutableArray<Issue>.Builder issues)
    {
        var currency = collective.Currency;
        var lines = new List<BillLine>();
        lines.AddRange(SupplyLines(period, offer.EnergyPriceHt!.Value, grid, rates));
        if (fta is null || option is null)
        {
            lines.Add(SupplierEstimator.NotEstimated(RateComponents.TurpeManagement, "TURPE et CTA", currency));
        }
        else
        {
            lines.AddRange(TurpeLines.Fixed(period, participant, option, rates, currency, issues));
            string ClassOf(LocalDateTime start) => NetworkTariff.ClassOf(fta, start, participant.NetworkOffPeak ?? []);
            if (option.EndsWith(NetworkTariff.AccSuffix, StringComparison.Ordinal))
            {
                lines.AddRange(TurpeLines.Energy(period, RateComponents.TurpeEnergyAutoproduced, "TURPE énergie autoproduite", local, ClassOf, option, rates, currency));
                lines.AddRange(TurpeLines.Energy(period, RateComponents.TurpeEnergyAlloproduced, "TURPE énergie alloproduite", grid, ClassOf, option, rates, currency));
            }
            else
            {
                var measured = local.Zip(grid, (l, g) => l + g).ToImmutableArray();
                lines.AddRange(TurpeLines.Energy(period, RateComponents.TurpeEnergy, "TURPE part énergie", measured, ClassOf, option, rates, currency));
            }
        }

        lines.AddRange(AcciseLines.Of(period, participant, grid, zeroRate: false, rates, currency,
            day => rates.Find(RateComponents.Vat, RateComponents.VatEnergy, string.Empty, day), issues));
        lines.AddRange(VatLines.Of(lines, currency));
        if (offer.SubscriptionTtcPerMonth is { } sub)
        {
            lines.Add(new BillLine(SupplierEstimator.SubscriptionCode, "Abonnement de l'offre (mois entier, TTC)", Rounding.Line(sub))
            { Quantity = 1m, QuantityUnit = "month", Rate = sub.Amount, RateUnit = $"{currency}/month TTC" });
        }

        return [.. lines];
    }

    private static IEnumerable<BillLine> SupplyLines(BillingPeriod period, UnitPrice price, ImmutableArray<Energy> grid, RateTable rates)
    {
        var (groups, _) = StepSums.SumBy(period, grid, start => rates.Find(RateComponents.Vat, RateComponents.VatEnergy, string.Empty, start.Date));
        return groups.Select(g => new BillLine(SupplierEstimator.SupplyCode, "Énergie fournisseur (prix HT de l'offre)", string.Empty, g.Energy, price, Rounding.Line(price * g.Energy))
        {
            From = g.From,
            To = g.To,
            Vat = g.Key,
        });
    }
}
