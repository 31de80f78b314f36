using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>
/// Two plants of two sellers feed one household in June 2026 (60-minute steps): at 12:00 each day
/// the member takes 1 kWh, 0.6 from plant A (SCI, VAT-registered) and 0.4 from plant B
/// (association under the franchise). Base price 0.15 €/kWh HT; excise 30.85 €/MWh.
/// A: 18 kWh → 2.70 + excise 0.5553 → 0.56, VAT 20 % × 3.26 = 0.652 → 0.65, TTC 3.91.
/// B: 12 kWh → 1.80 + excise 0.3702 → 0.37, no VAT, 2.17.
/// </summary>
public sealed class MandateInvoiceTests
{
    private static readonly Prm PlantA = Prm.Parse("30000000000001");
    private static readonly Prm PlantB = Prm.Parse("30000000000002");
    private static readonly Prm Member = Prm.Parse("30000000000011");

    [Test]
    public void Calculate_PmoMandateWithTwoSellers_OneInvoiceWithBothSellersApart()
    {
        var (collective, allocation) = Scenario(InvoicingMode.PmoMandate);
        var (invoices, issues) = InvoiceCalculator.Calculate(collective, allocation, RateTable.Embedded, null);
        var invoice = invoices.Single();
        var mentions = InvoiceMentions.Of(invoice, collective);
        Assert.Multiple(() =>
        {
            Assert.That(issues, Is.Empty);
            Assert.That(invoice.Number, Is.EqualTo("PMO-202606-0001"));
            Assert.That(invoice.Principals.Select(s => s.Id), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(invoice.TotalOf("a").Amount, Is.EqualTo(3.26m));
            Assert.That(invoice.TotalOf("a", vatOnly: true).Amount, Is.EqualTo(0.65m));
            Assert.That(invoice.TotalOf("b").Amount, Is.EqualTo(2.17m));
            Assert.That(invoice.TotalOf("b", vatOnly: true).Amount, Is.Zero);
            Assert.That(invoice.TotalHt.Amount, Is.EqualTo(5.43m));
            Assert.That(invoice.TotalTtc.Amount, Is.EqualTo(6.08m));
            Assert.That(mentions, Has.Some.Contains("Facture établie par Daisee PMO SAS au nom et pour le compte de SCI Toit A et de Association Toit B"));
            Assert.That(mentions, Has.Some.Contains("TVA non applicable, art. 293 B du CGI (Association Toit B)"));
        });
    }

    [Test]
    public void Calculate_PerSeller_OneInvoicePerSellerAndStatementsMatchThem()
    {
        var (collective, allocation) = Scenario(InvoicingMode.PerSeller);
        var (documents, issues) = BillingDocuments.Calculate(collective, allocation, RateTable.Embedded);
        var a = documents.StatementOf(PlantA)!;
        var b = documents.StatementOf(PlantB)!;
        Assert.Multiple(() =>
        {
            Assert.That(issues, Is.Empty);
            Assert.That(documents.Invoices.Select(i => (i.Number, i.TotalTtc.Amount)), Is.EqualTo(new[] { ("A-202606-0001", 3.91m), ("B-202606-0001", 2.17m) }));
            Assert.That(a.Lines.Where(l => l.Code == StatementCalculator.SoldCode).Sum(l => l.Energy.KilowattHours), Is.EqualTo(18m));
            Assert.That(b.Lines.Where(l => l.Code == StatementCalculator.SoldCode).Sum(l => l.Energy.KilowattHours), Is.EqualTo(12m));
            Assert.That(a.Lines.Where(l => l.Code != StatementCalculator.SurplusCode).Sum(l => l.Amount.Amount), Is.EqualTo(3.26m));
            Assert.That(b.Lines.Where(l => l.Code != StatementCalculator.SurplusCode).Sum(l => l.Amount.Amount), Is.EqualTo(2.17m));
        });
    }

    private static (Collective Collective, AllocationResult Allocation) Scenario(InvoicingMode mode)
    {
        var period = new BillingPeriod(new YearMonth(2026, 6), DateTimeZoneProviders.Tzdb["Europe/Paris"], 60);
        Seller Seller(string id, string name, VatRegime regime, string prefix) =>
            new(id, name, $"{id} rue du Toit, 69100 Villeurbanne", "81234567800015", regime, prefix) { VatNumber = regime == VatRegime.Standard ? "FR27812345678" : null };
        var pmo = Seller("pmo", "Daisee PMO SAS", VatRegime.Standard, "PMO");
        var plantA = new Participant(PlantA, "Toit A", Role.Producer, default) { Seller = "a", Renewable = true, PeakKwp = 36m };
        var plantB = new Participant(PlantB, "Toit B", Role.Producer, default) { Seller = "b", Renewable = true, PeakKwp = 9m };
        var member = new Participant(Member, "Foyer Test", Role.Consumer, default) { SubscribedKva = 6m };
        var prices = new LocalPriceSet(new LocalDate(2026, 1, 1),
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("base", UnitPrice.EurosPerKwh(0.15m))]), []);
        var collective = new Collective("Test", "ACC00000001", period.Zone, 60, "EUR", [plantA, plantB, member], new AllocationRules(AllocationMethod.Prorata),
            [prices], RegulatedOptions.Default, Policies.Default)
        {
            Sellers = [Seller("a", "SCI Toit A", VatRegime.Standard, "A"), Seller("b", "Association Toit B", VatRegime.Franchise293B, "B"), pmo],
            Invoicing = InvoicingRules.Default with { Mode = mode, PmoSeller = mode == InvoicingMode.PmoMandate ? "pmo" : null },
        };
        var a = new Energy[period.StepCount];
        var b = new Energy[period.StepCount];
        var zero = new Energy[period.StepCount];
        for (var t = 0; t < period.StepCount; t++)
        {
            var hour = period.StepAt(t).Start.InZone(period.Zone).Hour;
            a[t] = Energy.FromWattHours(hour == 12 ? 600 : 0);
            b[t] = Energy.FromWattHours(hour == 12 ? 400 : 0);
        }

        var local = a.Zip(b, (x, y) => x + y).ToImmutableArray();
        return (collective, new AllocationResult(period, AllocationMethod.Prorata,
        [
            new ParticipantAllocation(plantA, [.. a], [.. a], [.. zero]),
            new ParticipantAllocation(plantB, [.. b], [.. b], [.. zero]),
            new ParticipantAllocation(member, local, local, [.. zero]),
        ]));
    }
}
