using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Output.Pdf;
using Daisee.Billing.Worker.Tests.Billing;
using Daisee.Billing.Worker.Tests.Support;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>The invoice PDF read back with pdftotext: every mandatory mention, French only, and names the font cannot draw replaced.</summary>
public sealed class InvoicePdfTextTests
{
    private static readonly string[] English = ["year", "month", "adopted", "secondary", "values", "in force", "unknown", "VAT", "ENERGY", "FIXED", "Total HT\n", "per ", "day"];

    [Test]
    public void WriteBill_Business_HasEveryMandatoryMentionInFrench()
    {
        var scenario = new BillScenario(new YearMonth(2026, 6)).Price(new LocalDate(2026, 1, 1), ("base", 0.15m)).Hour(12, 1000, 500);
        scenario.Consumer = scenario.Consumer with { CustomerKind = CustomerKind.Business, Siret = "85234567800011", BillingAddress = "2 place Grandclement, 69100 Villeurbanne" };
        var text = Text(scenario);
        Assert.Multiple(() =>
        {
            foreach (var expected in new[] { "Facture n° TT-202606-0001", "Date d'émission : 01/07/2026", "date d'échéance : 31/07/2026", "SCI Toiture Test", "1 rue du Test",
                "SIREN 812345678", "SIRET 81234567800015", "N° TVA intracommunautaire FR27812345678", "2 place Grandclement", "SIRET 85234567800011",
                "Total HT (énergie, abonnement, accise)", "5,43 €", "TVA 20 % sur 5,43 € HT", "1,09 €", "Total à payer TTC", "6,52 €",
                "40 €", "L441-10", "Pas d'escompte", "CIBS L312-37", "en vigueur depuis le" })
            {
                Assert.That(text, Does.Contain(expected));
            }

            foreach (var word in English)
            {
                Assert.That(text, Does.Not.Contain(word), $"English on a French document: '{word}'");
            }
        });
    }

    [Test]
    public void WriteBillAndStatement_HouseholdWithAllInOffer_AreInFrench()
    {
        var scenario = new BillScenario(new YearMonth(2026, 8)).Price(new LocalDate(2026, 1, 1), ("base", 0.15m)).Hour(12, 1000, 500);
        scenario.Consumer = scenario.Consumer with
        {
            SupplierPrice = null,
            Offer = new SupplierOffer("Tarif Bleu base 6 kVA")
            {
                PricesTtc = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("base", UnitPrice.EurosPerKwh(0.2001m))]),
                SubscriptionTtcPerMonth = Money.Euros(15.50m),
            },
        };
        var (documents, _) = BillingDocuments.Calculate(scenario.Collective, scenario.Allocation, RateTable.Embedded);
        using var temp = new TempFolder();
        var bill = Path.Combine(temp.Path, "bill.pdf");
        var statement = Path.Combine(temp.Path, "statement.pdf");
        File.WriteAllBytes(bill, InvoicePdfWriter.WriteBill(scenario.Period, scenario.Collective, scenario.Allocation.Consumers.Single(), documents));
        File.WriteAllBytes(statement, InvoicePdfWriter.WriteStatement(scenario.Period, scenario.Collective, scenario.Allocation.Producers.Single(),
            documents.StatementOf(BillScenario.ProducerPrm)!, documents));
        var text = ExternalTool.Run("pdftotext", "-layout", bill, "-") + ExternalTool.Run("pdftotext", "-layout", statement, "-");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Médiateur national de l'énergie"));
            Assert.That(text, Does.Contain("Sans l'opération (TTC)").And.Contain("Relevé producteur").And.Contain("TVA collectée"));
            Assert.That(text, Does.Contain("inconnu : valeur provisoire"), "August 2026 rates were not found: the documents say so");
            foreach (var word in English)
            {
                Assert.That(text, Does.Not.Contain(word), $"English on a French document: '{word}'");
            }
        });
    }

    [Test]
    public void WriteBill_NameWithGlyphsTheFontLacks_IsReplacedAndReported()
    {
        var scenario = new BillScenario(new YearMonth(2026, 6)).Price(new LocalDate(2026, 1, 1), ("base", 0.15m)).Hour(12, 1000);
        scenario.Consumer = scenario.Consumer with { Name = "Foyer 王 \U0001F600\u0007 Noël" };
        var text = Text(scenario);
        Assert.Multiple(() =>
        {
            Assert.That(PdfText.Drawable(scenario.Consumer.Name), Is.EqualTo("Foyer ? ?? Noël"));
            Assert.That(text, Does.Contain("Foyer ? ?? Noël"));
            Assert.That(PdfText.Issues(scenario.Collective).Select(i => i.Prm), Is.EqualTo(new Prm?[] { BillScenario.ConsumerPrm }));
        });
    }

    private static string Text(BillScenario scenario)
    {
        var (documents, _) = BillingDocuments.Calculate(scenario.Collective, scenario.Allocation, RateTable.Embedded);
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "bill.pdf");
        File.WriteAllBytes(file, InvoicePdfWriter.WriteBill(scenario.Period, scenario.Collective, scenario.Allocation.Consumers.Single(), documents));
        return ExternalTool.Run("pdftotext", "-layout", file, "-");
    }
}
