using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Everything the billing stage produces for a month: the invoices (exact, one per seller and
/// member or one under mandate), each member's local charges (the sum of its invoices), the
/// supplier estimates with and without the collective (for the saving), and the producer statements.
/// </summary>
public sealed record BillingDocuments(ImmutableArray<Bill> LocalInvoices, ImmutableArray<SupplierEstimate> Estimates, ImmutableArray<Bill> Statements)
{
    public ImmutableArray<Invoice> Invoices { get; init; } = [];

    /// <summary>When the month was billed before: the credit notes, the invoices they cancel and their replacements.</summary>
    public ImmutableArray<InvoiceCorrection> Corrections { get; init; } = [];

    public const string NoReason = "motif non renseigné";

    public static (BillingDocuments Documents, ImmutableArray<Issue> Issues) Calculate(Collective collective, AllocationResult allocation, RateTable rates, LocalDate? issueDate = null, PreviousRun? previous = null, string? reason = null)
    {
        var (computed, invoiceIssues) = InvoiceCalculator.Calculate(collective, allocation, rates, issueDate);
        var (inForce, corrected) = InvoiceCorrections.Apply(computed, previous ?? PreviousRun.None, collective, reason ?? NoReason);
        var (invoices, corrections) = WithMentions(inForce, corrected, collective);
        var locals = BillCalculator.Of(collective, allocation, invoices);
        var (estimates, estimateIssues) = SupplierEstimator.Calculate(collective, allocation, rates, locals);
        var statements = StatementCalculator.Calculate(collective, allocation, invoices);
        return (new BillingDocuments(locals, estimates, statements) { Invoices = invoices, Corrections = corrections }, invoiceIssues.AddRange(estimateIssues));
    }

    /// <summary>Every invoice and credit note with its mentions; a replacement is the very invoice in force of the same number.</summary>
    private static (ImmutableArray<Invoice> Invoices, ImmutableArray<InvoiceCorrection> Corrections) WithMentions(
        ImmutableArray<Invoice> inForce, ImmutableArray<InvoiceCorrection> corrections, Collective collective)
    {
        ImmutableArray<Invoice> invoices = [.. inForce.Select(i => i with { Mentions = InvoiceMentions.Of(i, collective) })];
        var byNumber = invoices.ToDictionary(i => i.Number, StringComparer.Ordinal);
        return (invoices, [.. corrections.Select(c => c with
        {
            CreditNote = c.CreditNote with { Mentions = InvoiceMentions.Of(c.CreditNote, collective) },
            Replacement = c.Replacement is { } r ? byNumber[r.Number] : null,
        })]);
    }

    /// <summary>The documents of bills.csv: local invoices, supplier estimates and statements, by participant.</summary>
    public IEnumerable<Bill> Accounting =>
        LocalInvoices.Concat(Estimates.Select(e => e.WithCollective)).Concat(Statements)
            .OrderBy(b => b.Participant.Prm).ThenBy(b => b.Kind);

    public Bill? LocalInvoiceOf(Prm prm) => LocalInvoices.FirstOrDefault(b => b.Participant.Prm == prm);

    public ImmutableArray<Invoice> InvoicesOf(Prm prm) => [.. Invoices.Where(i => i.Buyer.Prm == prm)];

    public ImmutableArray<InvoiceCorrection> CorrectionsOf(Prm prm) => [.. Corrections.Where(c => c.Buyer == prm)];

    public SupplierEstimate? EstimateOf(Prm prm) => Estimates.FirstOrDefault(e => e.WithCollective.Participant.Prm == prm);

    public Bill? StatementOf(Prm prm) => Statements.FirstOrDefault(b => b.Participant.Prm == prm);

    /// <summary>What the collective saved a member: the supplier's bill without it minus (local invoices + the supplier's bill with it); negative when the collective costs more.</summary>
    public Money? SavingOf(Prm prm) => EstimateOf(prm)?.Saving;
}
