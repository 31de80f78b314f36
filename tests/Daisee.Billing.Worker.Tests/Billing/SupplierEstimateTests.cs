using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>Supplier-invoice estimates computed by hand: TURPE fixed parts per day, CTA across 1 Feb 2026, the ACC option.</summary>
public sealed class SupplierEstimateTests
{
    [TestCase(2026, 1, 1.43, 1.87, 5.64, 1.96)]
    [TestCase(2026, 2, 1.29, 1.69, 5.10, 1.21)]
    public void Calculate_FixedPartAcrossCtaChange_MatchesHandComputation(int year, int month, decimal cg, decimal cc, decimal power, decimal cta)
    {
        // BTINFCUST 6 kVA: CG 16.80, CC 22.00, b 11.07 × 6 = 66.42 €/year, × days / 365 each, rounded.
        // January (31 d): 1.42685 → 1.43, 1.86849 → 1.87, 5.64115 → 5.64; CTA 21.93 % × 8.94 = 1.96.
        // February (28 d): 1.28877 → 1.29, 1.68767 → 1.69, 5.09524 → 5.10; CTA 15 % × 8.08 = 1.212 → 1.21.
        var estimate = new BillScenario(new YearMonth(year, month)).Price(new LocalDate(2026, 1, 1), ("base", 0.15m)).Hour(12, 1000, 500).Estimate();
        var bill = estimate.WithCollective;
        Assert.Multiple(() =>
        {
            Assert.That(BillScenario.Amount(bill, RateComponents.TurpeManagement), Is.EqualTo(cg));
            Assert.That(BillScenario.Amount(bill, RateComponents.TurpeMetering), Is.EqualTo(cc));
            Assert.That(BillScenario.Amount(bill, RateComponents.TurpePower), Is.EqualTo(power));
            Assert.That(BillScenario.Amount(bill, RateComponents.Cta), Is.EqualTo(cta));
        });
    }

    [Test]
    public void Calculate_AccTurpeOption_UsesAutoproducedAndAlloproducedRates()
    {
        // acc-domain.md §4.2 worked example, September 2025, BTINFCU4 + ACC, 6 kVA (per-line rounding):
        // fixed 21.27 × 30/365 = 1.75, 22.00 × 30/365 = 1.81, 60.66 × 30/365 = 4.99;
        // autoproduit HPB 80 kWh × 0.76 c€ = 0.61, HCB 10 kWh × 0.49 c€ = 0.05;
        // alloproduit HPB 120 kWh × 1.73 c€ = 2.08, HCB 90 kWh × 1.21 c€ = 1.09.
        var scenario = new BillScenario(new YearMonth(2025, 9)).Price(new LocalDate(2025, 1, 1), ("base", 0.15m));
        scenario.Regulated = RegulatedOptions.Default with { TurpeOption = "acc" };
        scenario.Consumer = scenario.Consumer with { TurpeFta = "BTINFCU4" };
        for (var h = 8; h < 16; h++)
        {
            scenario.Hour(h, localWh: h < 12 ? 666 : 0, gridWh: 500); // HPB: 4 × 666 × 30 = 79.92 kWh local, 8 × 500 × 30 = 120 kWh grid
        }

        scenario.Hour(23, localWh: 333, gridWh: 3000); // HCB: 9.99 kWh local, 90 kWh grid
        var bill = scenario.Estimate().WithCollective;
        Assert.Multiple(() =>
        {
            Assert.That(BillScenario.Amount(bill, RateComponents.TurpeManagement), Is.EqualTo(1.75m));
            Assert.That(BillScenario.Amount(bill, RateComponents.TurpeMetering), Is.EqualTo(1.81m));
            Assert.That(BillScenario.Amount(bill, RateComponents.TurpePower), Is.EqualTo(4.99m));
            Assert.That(BillScenario.Amount(bill, RateComponents.TurpeEnergyAutoproduced, "HPB"), Is.EqualTo(0.61m)); // 79.92 × 0.0076 = 0.607
            Assert.That(BillScenario.Amount(bill, RateComponents.TurpeEnergyAutoproduced, "HCB"), Is.EqualTo(0.05m)); // 9.99 × 0.0049 = 0.049
            Assert.That(BillScenario.Amount(bill, RateComponents.TurpeEnergyAlloproduced, "HPB"), Is.EqualTo(2.08m));
            Assert.That(BillScenario.Amount(bill, RateComponents.TurpeEnergyAlloproduced, "HCB"), Is.EqualTo(1.09m));
        });
    }

    [Test]
    public void Calculate_WithoutCollective_CostsMoreWhenLocalEnergyIsCheaper()
    {
        // Local energy at 0.15 instead of the supplier's 0.20: the member saves at least 30 kWh × 0.05 = 1.50 excl. tax.
        var scenario = new BillScenario(new YearMonth(2026, 6)).Price(new LocalDate(2026, 1, 1), ("base", 0.15m)).Hour(12, 1000, 500);
        var estimate = scenario.Estimate();
        var local = scenario.LocalInvoice();
        var saving = estimate.WithoutCollective.Total - (local.Total + estimate.WithCollective.Total);
        Assert.Multiple(() =>
        {
            Assert.That(BillScenario.Amount(estimate.WithoutCollective, SupplierEstimator.SupplyCode), Is.EqualTo(9.00m)); // 45 kWh × 0.20
            Assert.That(BillScenario.Amount(estimate.WithCollective, SupplierEstimator.SupplyCode), Is.EqualTo(3.00m)); // 15 kWh × 0.20
            Assert.That(saving.Amount, Is.GreaterThanOrEqualTo(1.50m));
        });
    }
}
