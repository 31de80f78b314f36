using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Tests.Support;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>
/// A member's documents found by PRM (the standard test collective: one plant, two households,
/// one invoice each): the same documents, in the same order, as a scan of every document; a copy
/// made with <c>with</c> answers from its own documents.
/// </summary>
public sealed class BillingDocumentsTests
{
    private static readonly Prm ConsumerA = Prm.Parse(TestDataset.ConsumerA);
    private static readonly Prm ConsumerB = Prm.Parse(TestDataset.ConsumerB);
    private static readonly Prm Producer = Prm.Parse(TestDataset.Producer);

    [Test]
    public void Lookups_ByPrm_AreTheDocumentsOfThatMember()
    {
        var documents = Documents();
        Assert.Multiple(() =>
        {
            Assert.That(documents.Invoices, Has.Length.EqualTo(2));
            Assert.That(documents.InvoicesOf(ConsumerA).Select(i => i.Buyer.Prm), Is.EqualTo(new[] { ConsumerA }));
            Assert.That(documents.InvoicesOf(ConsumerB).Single(), Is.SameAs(documents.Invoices.Single(i => i.Buyer.Prm == ConsumerB)));
            Assert.That(documents.InvoicesOf(Producer), Is.Empty);
            Assert.That(documents.LocalInvoiceOf(ConsumerA), Is.SameAs(documents.LocalInvoices.Single(b => b.Participant.Prm == ConsumerA)));
            Assert.That(documents.LocalInvoiceOf(Producer), Is.Null);
            Assert.That(documents.StatementOf(Producer), Is.SameAs(documents.Statements.Single()));
            Assert.That(documents.StatementOf(ConsumerA), Is.Null);
            Assert.That(documents.CorrectionsOf(ConsumerA), Is.Empty);
        });
    }

    [Test]
    public void Lookups_OfACopyWithOtherInvoices_AnswerFromTheCopy()
    {
        var documents = Documents();
        Assert.That(documents.InvoicesOf(ConsumerA), Has.Length.EqualTo(1));

        var copy = documents with { Invoices = [] };

        Assert.Multiple(() =>
        {
            Assert.That(copy.InvoicesOf(ConsumerA), Is.Empty);
            Assert.That(documents.InvoicesOf(ConsumerA), Has.Length.EqualTo(1));
        });
    }

    private static BillingDocuments Documents()
    {
        using var dataset = TestDataset.Standard(new YearMonth(2026, 6));
        var read = DatasetReader.Read(Entries.FromFolder(dataset.Folder));
        var collective = read.Collective!;
        var period = new BillingPeriod(new YearMonth(2026, 6), collective.Zone, collective.StepMinutes);
        var curves = CurveAssembler.Assemble(collective, period, read.Curves!.Stream()).Curves;
        var allocation = AllocationStage.Run(collective, curves, AllocationInputs.None).Report!.Billed;
        return BillingDocuments.Calculate(collective, allocation, RateTable.Embedded).Documents;
    }
}
