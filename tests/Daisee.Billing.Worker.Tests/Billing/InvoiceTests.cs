using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>
/// Invoices computed by hand, one per customer kind and VAT regime. Base case (June 2026): 1 kWh
/// local at 12:00 every day = 30 kWh at 0.15 €/kWh HT = 4.50 €; excise 30 kWh × 30.85 €/MWh =
/// 0.9255 → 0.93 €; HT 5.43 €.
/// </summary>
public sealed class InvoiceTests
{
    [Test]
    public void Calculate_HouseholdFromFranchiseSeller_NoVatWith293BAndMediator()
    {
        var scenario = Base();
        scenario.Seller = scenario.Seller with { VatRegime = VatRegime.Franchise293B, VatNumber = null };
        var invoice = scenario.Invoices().Single();
        var mentions = InvoiceMentions.Of(invoice, scenario.Collective);
        Assert.Multiple(() =>
        {
            Assert.That(invoice.Number, Is.EqualTo("TT-202606-0001"));
            Assert.That(invoice.IssueDate, Is.EqualTo(new LocalDate(2026, 7, 1)), "day 1 of the next month by default");
            Assert.That(invoice.DueDate, Is.EqualTo(new LocalDate(2026, 7, 31)), "30 days later");
            Assert.That(invoice.TotalHt.Amount, Is.EqualTo(5.43m));
            Assert.That(invoice.Vat.Amount, Is.Zero);
            Assert.That(invoice.TotalTtc.Amount, Is.EqualTo(5.43m));
            Assert.That(invoice.WithoutVat, Is.True);
            Assert.That(mentions, Has.Some.Contains("TVA non applicable, art. 293 B du CGI"));
            Assert.That(mentions, Has.Some.Contains("Médiateur national de l'énergie"));
            Assert.That(mentions, Has.None.Contains("40 €"));
        });
    }

    [Test]
    public void Calculate_BusinessFromVatRegisteredSeller_VatPerRateAndLatePaymentMentions()
    {
        // VAT 20 % × 5.43 = 1.086 → 1.09; TTC 6.52.
        var scenario = Base();
        scenario.Consumer = scenario.Consumer with { CustomerKind = CustomerKind.Business, Siret = "85234567800011", BillingAddress = "2 place Grandclement, 69100 Villeurbanne" };
        scenario.Invoicing = InvoicingRules.Default with { PaymentTermDays = 15, IssueDay = 5 };
        var invoice = scenario.Invoices(new LocalDate(2026, 7, 3)).Single();
        var mentions = InvoiceMentions.Of(invoice, scenario.Collective);
        Assert.Multiple(() =>
        {
            Assert.That(invoice.IssueDate, Is.EqualTo(new LocalDate(2026, 7, 3)), "--issue-date wins over the rule");
            Assert.That(invoice.DueDate, Is.EqualTo(new LocalDate(2026, 7, 18)));
            Assert.That(invoice.TotalHt.Amount, Is.EqualTo(5.43m), "the pre-VAT total includes the excise");
            Assert.That(invoice.Excise.Amount, Is.EqualTo(0.93m));
            Assert.That(invoice.Vat.Amount, Is.EqualTo(1.09m));
            Assert.That(invoice.TotalTtc.Amount, Is.EqualTo(6.52m));
            Assert.That(mentions, Has.Some.Contains("indemnité forfaitaire pour frais de recouvrement de 40 €").And.Some.Contains("L441-10"));
            Assert.That(mentions, Has.None.Contains("Médiateur"));
            Assert.That(mentions, Has.None.Contains("293 B"));
        });
    }

    [Test]
    public void Calculate_MemberJoiningMidMonth_BillsItsDaysButTheSupplierFixedPartCoversTheMonth()
    {
        // Joined 16 June: 15 kWh × 0.15 = 2.25; excise 15 × 0.03085 = 0.46275 → 0.46; VAT 20 % × 2.71 = 0.542 → 0.54; TTC 3.25.
        // Supplier (BTINFCUST 6 kVA), whole month of 30 days: CG 16.80 × 30/365 = 1.3808 → 1.38, CC 22.00 × 30/365 = 1.8082 → 1.81, b 66.42 × 30/365 = 5.4592 → 5.46.
        var scenario = Base();
        scenario.Consumer = scenario.Consumer with { Membership = new Membership(new LocalDate(2026, 6, 16), null) };
        var invoice = scenario.Invoices().Single();
        var estimate = scenario.Estimate().WithCollective;
        Assert.Multiple(() =>
        {
            Assert.That(invoice.TotalTtc.Amount, Is.EqualTo(3.25m));
            Assert.That(BillScenario.Amount(estimate, RateComponents.TurpeManagement), Is.EqualTo(1.38m));
            Assert.That(BillScenario.Amount(estimate, RateComponents.TurpeMetering), Is.EqualTo(1.81m));
            Assert.That(BillScenario.Amount(estimate, RateComponents.TurpePower), Is.EqualTo(5.46m));
        });
    }

    [TestCase(7, "secondary", false)]
    [TestCase(8, RateEntry.Unknown, true)]
    public void Calculate_AroundTheFirstOfAugust2026_FlagsTheRatesNotFound(int month, string confidence, bool flagged)
    {
        // July: the 1 Feb 2026 excise (secondary). August: the announced change was not found, the row is graded unknown.
        var scenario = new BillScenario(new YearMonth(2026, month)).Price(new LocalDate(2026, 1, 1), ("base", 0.15m)).Hour(12, 1000);
        var invoice = scenario.Invoices().Single();
        var excise = invoice.Lines.Single(l => l.Code == RateComponents.Accise);
        Assert.Multiple(() =>
        {
            Assert.That(excise.Source!.Confidence, Is.EqualTo(confidence));
            Assert.That(excise.Amount.Amount, Is.EqualTo(0.96m), "31 kWh × 30.85 €/MWh = 0.95635 → 0.96 (value carried over)");
            Assert.That(InvoiceMentions.Of(invoice, scenario.Collective).Any(m => m.Contains("non confirmé", StringComparison.Ordinal)), Is.EqualTo(flagged));
        });
    }

    [Test]
    public void Calculate_ZeroExciseOnEligiblePlant_StatesItsLegalBasis()
    {
        var scenario = Base();
        scenario.Regulated = RegulatedOptions.Default with { AcciseAccZeroRate = true };
        var invoice = scenario.Invoices().Single();
        Assert.Multiple(() =>
        {
            Assert.That(invoice.Excise.Amount, Is.Zero);
            Assert.That(InvoiceMentions.Of(invoice, scenario.Collective), Has.Some.Contains("L312-79").And.Some.Contains("BOI-RES-EAT-000208"));
        });
    }

    [Test]
    public void Calculate_BaseCase_MatchesLineByLine()
    {
        var invoice = Base().Invoices().Single();
        var lines = invoice.Lines.Select(l => (l.Code, l.Quantity, l.Rate, l.Amount.Amount, l.SellerId)).ToArray();
        Assert.That(lines, Is.EqualTo(new[]
        {
            (Bill.LocalEnergyCode, 30m, 0.15m, 4.50m, "roof"), // 30 kWh × 0.15
            (RateComponents.Accise, 30m, 30.85m, 0.93m, "roof"), // 30 kWh × 30.85 €/MWh = 0.9255
            (VatLines.Code, 5.43m, 20m, 1.09m, "roof"), // 20 % × 5.43 = 1.086
        }));
    }

    [TestCase("2026-07-03", null)]
    [TestCase("2026-13-01", "ARGUMENT_INVALID")]
    public void Run_IssueDateArgument_DatesTheInvoicesOrIsRejected(string issueDate, string? code)
    {
        var request = new BillingRequest("2026-06", Support.Entries.FromFolder(RepositoryRoot.Combine("samples", "villeurbanne")), []) { IssueDate = issueDate };
        var outcome = BillingPipeline.Run(request);
        if (code is not null)
        {
            Assert.That(outcome.Conformity.Issues.Select(i => i.Code), Does.Contain(code));
            return;
        }

        using var json = System.Text.Json.JsonDocument.Parse(outcome.Files["bill-m14.json"]);
        var invoice = json.RootElement.GetProperty("invoices")[0];
        Assert.Multiple(() =>
        {
            Assert.That(invoice.GetProperty("issueDate").GetString(), Is.EqualTo("2026-07-03"));
            Assert.That(invoice.GetProperty("dueDate").GetString(), Is.EqualTo("2026-07-18"), "the sample's 15-day term");
        });
    }

    private static BillScenario Base() => new BillScenario(new YearMonth(2026, 6)).Price(new LocalDate(2026, 1, 1), ("base", 0.15m)).Hour(12, 1000);
}
