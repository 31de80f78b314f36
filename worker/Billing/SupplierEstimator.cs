using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// For each consumer with a supplier offer (<c>supplierOffer</c>, or the older
/// <c>supplierPriceEurPerKwh</c> read as an energy-only price HT), the supplier's bill of the
/// whole month WITH the collective (the complement, the subscription, and what the supplier
/// still bills on self-consumed energy) and WITHOUT it (the same offer on all consumption).
/// Saving = without − (local invoices + with), negative when the collective costs more.
/// All-in offers (prices TTC): <see cref="AllInEstimate"/>; energy-only offers: <see cref="EnergyOnlyEstimate"/>.
/// A line that needs a dataset field that is absent (the meter's FTA, its off-peak hours) is
/// shown « non estimé » with a warning, never guessed.
/// </summary>
public static class SupplierEstimator
{
    public const string SupplyCode = "SUPPLY_ENERGY";
    public const string SubscriptionCode = "SUPPLY_SUBSCRIPTION";

    /// <summary>Plausible ranges (EUR): all-in TTC per kWh, energy-only HT per kWh, subscription TTC per month.</summary>
    public static readonly (decimal Min, decimal Max) AllInRange = (0.10m, 0.45m);
    public static readonly (decimal Min, decimal Max) EnergyOnlyRange = (0.02m, 0.25m);
    public static readonly (decimal Min, decimal Max) SubscriptionRange = (3m, 300m);

    public static (ImmutableArray<SupplierEstimate> Estimates, ImmutableArray<Issue> Issues) Calculate(Collective collective, AllocationResult allocation, RateTable rates) =>
        Calculate(collective, allocation, rates, BillCalculator.Calculate(collective, allocation, rates).Bills);

    public static (ImmutableArray<SupplierEstimate> Estimates, ImmutableArray<Issue> Issues) Calculate(Collective collective, AllocationResult allocation, RateTable rates, ImmutableArray<Bill> locals)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var estimates = ImmutableArray.CreateBuilder<SupplierEstimate>();
        var localOf = locals.ToLookup(b => b.Participant.Prm);
        foreach (var consumer in allocation.Consumers)
        {
            if (MemberOffer.Of(consumer.Participant, collective) is not { } offer)
            {
                continue;
            }

            Plausibility(consumer.Participant, offer, issues);
            var (with, without) = offer.IsAllIn
                ? AllInEstimate.Lines(collective, allocation.Period, consumer, offer, rates, issues)
                : EnergyOnlyEstimate.Lines(collective, allocation.Period, consumer, offer, rates, issues);
            var local = localOf[consumer.Participant.Prm].FirstOrDefault()?.Total ?? Money.Zero(collective.Currency);
            estimates.Add(new SupplierEstimate(
                new Bill(consumer.Participant, with, collective.Currency) { Kind = BillKind.SupplierEstimate },
                new Bill(consumer.Participant, without, collective.Currency) { Kind = BillKind.WithoutCollective })
            { Local = local });
        }

        // An estimate never blocks the run: what it could not price is a warning, reported once.
        return (estimates.ToImmutable(), [.. issues.Select(i => i.Severity == Severity.Error ? i with { Severity = Severity.Warning } : i).Distinct()]);
    }

    /// <summary>A « non estimé » line: amount 0, flagged.</summary>
    public static BillLine NotEstimated(string code, string label, string currency) =>
        new(code, label + " — non estimé", Money.Zero(currency)) { NotEstimated = true, Quantity = 0m, QuantityUnit = currency, RateUnit = string.Empty };

    private static void Plausibility(Participant participant, SupplierOffer offer, ImmutableArray<Issue>.Builder issues)
    {
        foreach (var (cls, price) in offer.PricesTtc)
        {
            Check(participant, $"supplierOffer.pricesTtcEurPerKwh.{cls}", price.AmountPerKwh, AllInRange, "EUR/kWh TTC (network, taxes and VAT included)", issues);
        }

        if (offer.EnergyPriceHt is { } ht)
        {
            Check(participant, "supplierOffer.energyPriceHtEurPerKwh", ht.AmountPerKwh, EnergyOnlyRange, "EUR/kWh HT (energy only)", issues);
        }

        if (offer.SubscriptionTtcPerMonth is { } sub)
        {
            Check(participant, "supplierOffer.subscriptionTtcEurPerMonth", sub.Amount, SubscriptionRange, "EUR TTC per month", issues);
        }
    }

    private static void Check(Participant participant, string field, decimal value, (decimal Min, decimal Max) range, string unit, ImmutableArray<Issue>.Builder issues)
    {
        if (value < range.Min || value > range.Max)
        {
            issues.Add(new Issue(Severity.Warning, IssueCodes.PriceImplausible, "collective.json", 0,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"PRM {participant.Prm}: {field} = {value} is outside the plausible range {range.Min}–{range.Max} {unit}; check whether the price is all-in TTC or energy-only HT."))
            { Prm = participant.Prm, Field = "participants[]." + field });
        }
    }
}
