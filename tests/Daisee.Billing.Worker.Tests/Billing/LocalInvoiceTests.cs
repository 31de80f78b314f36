using System.Collections.Immutable;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>Local-energy invoices computed by hand (amounts in the comments), one per tariff option and setting.</summary>
public sealed class LocalInvoiceTests
{
    [Test]
    public void Calculate_BaseOption_MatchesHandComputation()
    {
        // June 2026: 30 × 1 kWh at 12:00 = 30 kWh × 0.15 = 4.50; excise 30.85 €/MWh × 0.030 MWh = 0.9255 → 0.93;
        // VAT 20 % × (4.50 + 0.93) = 1.086 → 1.09; total 6.52.
        var bill = new BillScenario(new YearMonth(2026, 6)).Price(new LocalDate(2026, 1, 1), ("base", 0.15m)).Hour(12, 1000).LocalInvoice();
        Assert.Multiple(() =>
        {
            Assert.That(BillScenario.Amount(bill, Bill.LocalEnergyCode), Is.EqualTo(4.50m));
            Assert.That(BillScenario.Amount(bill, RateComponents.Accise), Is.EqualTo(0.93m));
            Assert.That(BillScenario.Amount(bill, VatLines.Code), Is.EqualTo(1.09m));
            Assert.That(bill.TotalExclTax.Amount, Is.EqualTo(4.50m));
            Assert.That(bill.Taxes.Amount, Is.EqualTo(2.02m));
            Assert.That(bill.Total.Amount, Is.EqualTo(6.52m));
        });
    }

    [Test]
    public void Calculate_HpHcOption_MatchesHandComputation()
    {
        // HP 30 kWh × 0.145 = 4.35; HC (23:00, off-peak 22:00–06:00) 15 kWh × 0.11 = 1.65;
        // excise 45 kWh × 0.03085 = 1.38825 → 1.39; VAT 20 % × 7.39 = 1.478 → 1.48; total 8.87.
        var bill = new BillScenario(new YearMonth(2026, 6)).Price(new LocalDate(2026, 1, 1), ("HP", 0.145m), ("HC", 0.11m))
            .Hour(12, 1000).Hour(23, 500).LocalInvoice();
        Assert.Multiple(() =>
        {
            Assert.That(BillScenario.Amount(bill, Bill.LocalEnergyCode, "HP"), Is.EqualTo(4.35m));
            Assert.That(BillScenario.Amount(bill, Bill.LocalEnergyCode, "HC"), Is.EqualTo(1.65m));
            Assert.That(BillScenario.Amount(bill, RateComponents.Accise), Is.EqualTo(1.39m));
            Assert.That(BillScenario.Amount(bill, VatLines.Code), Is.EqualTo(1.48m));
            Assert.That(bill.Total.Amount, Is.EqualTo(8.87m));
        });
    }

    [Test]
    public void Calculate_FourClassesInHighSeason_MatchesHandComputation()
    {
        // January 2026: HPH 31 kWh × 0.16 = 4.96; HCH 15.5 kWh × 0.12 = 1.86; excise (29.98 €/MWh until
        // 31 Jan 2026) 46.5 kWh × 0.02998 = 1.39407 → 1.39; VAT 20 % × 8.21 = 1.642 → 1.64; total 9.85.
        var bill = new BillScenario(new YearMonth(2026, 1))
            .Price(new LocalDate(2026, 1, 1), ("HPH", 0.16m), ("HCH", 0.12m), ("HPB", 0.14m), ("HCB", 0.10m))
            .Hour(12, 1000).Hour(23, 500).LocalInvoice();
        Assert.Multiple(() =>
        {
            Assert.That(bill.EnergyByClass.Keys, Is.EqualTo(new[] { "HCH", "HPH" }));
            Assert.That(BillScenario.Amount(bill, Bill.LocalEnergyCode, "HPH"), Is.EqualTo(4.96m));
            Assert.That(BillScenario.Amount(bill, Bill.LocalEnergyCode, "HCH"), Is.EqualTo(1.86m));
            Assert.That(BillScenario.Amount(bill, RateComponents.Accise), Is.EqualTo(1.39m));
            Assert.That(bill.Total.Amount, Is.EqualTo(9.85m));
        });
    }

    [Test]
    public void Calculate_RateAndPriceChangeOnTheFifteenth_SplitsByDate()
    {
        // February 2026 with a local price of 0.10 then 0.20 from the 15th, and an excise of 20 then 40 €/MWh:
        // energy 14 × 0.10 = 1.40 and 14 × 0.20 = 2.80; excise 14 × 0.020 = 0.28 and 14 × 0.040 = 0.56;
        // VAT 20 % × 5.04 = 1.008 → 1.01; total 6.05.
        var rates = new RateTable([
            Rate(RateComponents.Accise, "LE36", 20m, "EUR/MWh", new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 14)),
            Rate(RateComponents.Accise, "LE36", 40m, "EUR/MWh", new LocalDate(2026, 2, 15), null),
            Rate(RateComponents.Vat, RateComponents.VatEnergy, 20m, "percent", new LocalDate(2014, 1, 1), null),
        ]);
        var bill = new BillScenario(new YearMonth(2026, 2)).Price(new LocalDate(2026, 1, 1), ("base", 0.10m)).Price(new LocalDate(2026, 2, 15), ("base", 0.20m))
            .Hour(12, 1000).LocalInvoice(rates);
        var excise = bill.Lines.Where(l => l.Code == RateComponents.Accise).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(bill.Lines.Where(l => l.Code == Bill.LocalEnergyCode).Select(l => l.Amount.Amount), Is.EqualTo(new[] { 1.40m, 2.80m }));
            Assert.That(excise.Select(l => l.Amount.Amount), Is.EqualTo(new[] { 0.28m, 0.56m }));
            Assert.That(excise.Select(l => l.To), Is.EqualTo(new LocalDate?[] { new LocalDate(2026, 2, 14), new LocalDate(2026, 2, 28) }));
            Assert.That(bill.Total.Amount, Is.EqualTo(6.05m));
        });
    }

    [Test]
    public void Calculate_MidMonthEntryWithMonthlyFee_ProratesTheFee()
    {
        // Joined 16 June 2026: fee 6.00 × 15/30 = 3.00; 15 kWh × 0.15 = 2.25; excise 15 × 0.03085 = 0.46275 → 0.46;
        // VAT 20 % × 5.71 = 1.142 → 1.14; total 6.85.
        var scenario = new BillScenario(new YearMonth(2026, 6)).Hour(12, 1000);
        scenario.Prices.Add(new LocalPriceSet(new LocalDate(2026, 1, 1), new[] { ("base", UnitPrice.EurosPerKwh(0.15m)) }.ToImmutableSortedDictionary(c => c.Item1, c => c.Item2, StringComparer.Ordinal), [])
        { MonthlyFee = Money.Euros(6m) });
        scenario.Consumer = scenario.Consumer with { Membership = new Membership(new LocalDate(2026, 6, 16), null) };
        var bill = scenario.LocalInvoice();
        Assert.Multiple(() =>
        {
            Assert.That(BillScenario.Amount(bill, BillCalculator.FeeCode), Is.EqualTo(3.00m));
            Assert.That(BillScenario.Amount(bill, Bill.LocalEnergyCode), Is.EqualTo(2.25m));
            Assert.That(bill.Total.Amount, Is.EqualTo(6.85m));
        });
    }

    [TestCase(false, 0.93, 6.52)]
    [TestCase(true, 0.00, 5.40)]
    public void Calculate_AccExciseSetting_AppliesNormalOrZeroRate(bool zeroRate, decimal excise, decimal total)
    {
        // 30 kWh × 0.15 = 4.50; normal excise 0.93 (VAT 1.09) or the ACC 0 €/MWh rate (VAT 20 % × 4.50 = 0.90).
        var scenario = new BillScenario(new YearMonth(2026, 6)).Price(new LocalDate(2026, 1, 1), ("base", 0.15m)).Hour(12, 1000);
        scenario.Regulated = RegulatedOptions.Default with { AcciseAccZeroRate = zeroRate };
        var bill = scenario.LocalInvoice();
        Assert.Multiple(() =>
        {
            Assert.That(BillScenario.Amount(bill, RateComponents.Accise), Is.EqualTo(excise));
            Assert.That(bill.Total.Amount, Is.EqualTo(total));
            Assert.That(bill.UsesUnsureRates, Is.EqualTo(zeroRate), "the contested ACC rate is graded unsure and flagged");
        });
    }

    internal static RateEntry Rate(string component, string option, decimal value, string unit, LocalDate from, LocalDate? to) =>
        new(component, option, string.Empty, value, unit, from, to, "test", "verified");
}
