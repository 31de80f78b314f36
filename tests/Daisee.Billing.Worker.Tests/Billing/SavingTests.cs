using System.Collections.Immutable;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>
/// The saving for an all-in offer (0.2000 €/kWh TTC, 15.50 €/month TTC), June 2026, 30 kWh local
/// and 15 kWh complement (45 kWh measured), meter BTINFCUST. Without the collective: 45 × 0.20 +
/// 15.50 = 24.50. With it: 15 × 0.20 = 3.00 + 15.50 + TURPE on self-consumed energy 30 kWh ×
/// 4.84 c€ = 1.452 → 1.45, VAT 20 % × 1.45 = 0.29 → 20.24; plus the local invoice.
/// </summary>
public sealed class SavingTests
{
    [TestCase(0.15, 6.52, -2.26)] // local 4.50 + 0.93 excise + 1.09 VAT: the local price exceeds the supplier's all-in price
    [TestCase(0.05, 2.92, 1.34)] // local 1.50 + 0.93 + VAT 20 % × 2.43 = 0.486 → 0.49
    public void Calculate_AllInOffer_WithoutIsConsumptionTimesPricePlusSubscription(decimal localPrice, decimal local, decimal saving)
    {
        var scenario = Scenario(localPrice);
        var estimate = scenario.Estimate();
        Assert.Multiple(() =>
        {
            Assert.That(estimate.WithoutCollective.Total.Amount, Is.EqualTo(24.50m));
            Assert.That(estimate.WithCollective.Total.Amount, Is.EqualTo(20.24m));
            Assert.That(estimate.Local.Amount, Is.EqualTo(local));
            Assert.That(estimate.Saving.Amount, Is.EqualTo(24.50m - (local + 20.24m)));
            Assert.That(estimate.Saving.Amount, Is.EqualTo(saving));
            Assert.That(estimate.Complete, Is.True);
        });
    }

    [Test]
    public void Calculate_MemberWithoutOffer_UsesTheCollectivesDefaultOffer()
    {
        var scenario = Scenario(0.15m);
        scenario.DefaultOffer = scenario.Consumer.Offer;
        scenario.Consumer = scenario.Consumer with { Offer = null };
        var estimate = scenario.Estimate();
        Assert.That((estimate.WithoutCollective.Total.Amount, estimate.Saving.Amount), Is.EqualTo((24.50m, -2.26m)));
    }

    [Test]
    public void Calculate_MeterWithoutFta_SaysNotEstimatedAndWarns()
    {
        var scenario = Scenario(0.15m);
        scenario.Consumer = scenario.Consumer with { TurpeFta = null };
        var (estimates, issues) = SupplierEstimator.Calculate(scenario.Collective, scenario.Allocation, RateTable.Embedded);
        var estimate = estimates.Single();
        Assert.Multiple(() =>
        {
            Assert.That(estimate.Complete, Is.False);
            Assert.That(estimate.WithCollective.Lines.Single(l => l.NotEstimated).Label, Does.EndWith("non estimé"));
            Assert.That(issues.Select(i => (i.Severity, i.Field)), Does.Contain((Severity.Warning, (string?)"participants[].turpeFta")));
        });
    }

    [TestCase(0.1952, 0)]
    [TestCase(0.0700, 1)] // an energy-only price written as all-in
    [TestCase(0.9000, 1)]
    public void Calculate_ImplausibleAllInPrice_IsAWarning(decimal price, int warnings)
    {
        var scenario = Scenario(0.15m);
        scenario.Consumer = scenario.Consumer with { Offer = scenario.Consumer.Offer! with { PricesTtc = Prices(price) } };
        var (_, issues) = SupplierEstimator.Calculate(scenario.Collective, scenario.Allocation, RateTable.Embedded);
        Assert.That(issues.Count(i => i.Code == IssueCodes.PriceImplausible && i.Severity == Severity.Warning), Is.EqualTo(warnings));
    }

    [Test]
    public void Calculate_NetworkOffPeakHours_ComeFromTheMeterNotFromTheLocalPrices()
    {
        // The local price set's off-peak hours (22:00–06:00) change; the meter's (BTINFMUDT, HC 12:00–14:00) do not: the TURPE lines stay the same.
        var a = Scenario(0.15m);
        a.Consumer = a.Consumer with { TurpeFta = "BTINFMUDT", NetworkOffPeak = [new TimeRange(new LocalTime(12, 0), new LocalTime(14, 0))] };
        var b = Scenario(0.15m);
        b.Consumer = a.Consumer;
        b.Prices[0] = b.Prices[0] with { OffPeak = [new TimeRange(new LocalTime(11, 0), new LocalTime(13, 0))] };
        static decimal Turpe(BillScenario s) => s.Estimate().WithCollective.Lines.Where(l => l.Code == RateComponents.TurpeEnergy).Sum(l => l.Amount.Amount);
        Assert.Multiple(() =>
        {
            Assert.That(Turpe(a), Is.EqualTo(Turpe(b)));
            Assert.That(Turpe(a), Is.EqualTo(1.05m), "30 kWh at 12:00 are HC for this meter: 30 × 3.50 c€ = 1.05");
        });
    }

    private static BillScenario Scenario(decimal localPrice)
    {
        var scenario = new BillScenario(new YearMonth(2026, 6)).Price(new LocalDate(2026, 1, 1), ("base", localPrice)).Hour(12, 1000, 500);
        scenario.Consumer = scenario.Consumer with
        {
            SupplierPrice = null,
            Offer = new SupplierOffer("Tarif Bleu base 6 kVA") { PricesTtc = Prices(0.2000m), SubscriptionTtcPerMonth = Money.Euros(15.50m) },
        };
        return scenario;
    }

    private static ImmutableSortedDictionary<string, UnitPrice> Prices(decimal price) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("base", UnitPrice.EurosPerKwh(price))]);
}
