using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>For generated bills: the lines add up to the total, every amount is whole cents, VAT is its rate on its base.</summary>
public sealed class BillPropertyTests
{
    private static readonly YearMonth[] Months = [new(2025, 7), new(2025, 8), new(2026, 1), new(2026, 2), new(2026, 6)];

    [Test]
    public void Calculate_GeneratedBills_LinesAddUpToTheTotal()
    {
        var generator =
            from month in Gen.Elements(Months)
            from localWh in Gen.Choose(0, 5000)
            from gridWh in Gen.Choose(0, 5000)
            from offPeakWh in Gen.Choose(0, 3000)
            from priceMilli in Gen.Choose(1, 400)
            from zeroRate in Gen.Elements(true, false)
            from acc in Gen.Elements(true, false)
            from joinedDay in Gen.Choose(1, 28)
            select (month, localWh, gridWh, offPeakWh, priceMilli / 1000m, zeroRate, acc, joinedDay);
        Prop.ForAll(generator.ToArbitrary(), c => Holds(c)).QuickCheckThrowOnFailure();
    }

    [TestCase(2026, 2, 4999, 1, 2999, 0.399, true, true, 28)]
    public void Calculate_KeptCase_LinesAddUpToTheTotal(int year, int month, int localWh, int gridWh, int offPeakWh, decimal price, bool zeroRate, bool acc, int joinedDay) =>
        Assert.That(Holds((new YearMonth(year, month), localWh, gridWh, offPeakWh, price, zeroRate, acc, joinedDay)), Is.True);

    private static bool Holds((YearMonth Month, int LocalWh, int GridWh, int OffPeakWh, decimal Price, bool ZeroRate, bool Acc, int JoinedDay) c)
    {
        var scenario = new BillScenario(c.Month).Price(new LocalDate(2025, 1, 1), ("HP", c.Price), ("HC", c.Price / 2)).Hour(12, c.LocalWh, c.GridWh).Hour(3, c.OffPeakWh, c.GridWh);
        scenario.Regulated = RegulatedOptions.Default with { AcciseAccZeroRate = c.ZeroRate, TurpeOption = c.Acc ? "acc" : "none" };
        scenario.Consumer = scenario.Consumer with { Membership = new Membership(c.Month.OnDayOfMonth(c.JoinedDay), null) };
        var estimate = scenario.Estimate();
        return new[] { scenario.LocalInvoice(), estimate.WithCollective, estimate.WithoutCollective }.All(AddsUp);
    }

    private static bool AddsUp(Bill bill)
    {
        var sum = bill.Lines.Sum(l => l.Amount.Amount);
        var cents = bill.Lines.All(l => l.Amount.Amount == decimal.Round(l.Amount.Amount, 2));
        var vat = bill.Lines.Where(l => l.Code == VatLines.Code).All(v =>
            v.Amount.Amount == decimal.Round(bill.Lines.Where(l => l.Vat?.Value == v.Rate).Sum(l => l.Amount.Amount) * v.Rate / 100m, 2, MidpointRounding.AwayFromZero));
        return sum == bill.Total.Amount && bill.TotalExclTax.Amount + bill.Taxes.Amount == bill.Total.Amount && cents && vat;
    }
}
