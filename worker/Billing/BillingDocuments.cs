using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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

    public Bill? LocalInvoiceOf(Prm prm) => ByMember.LocalInvoices[prm].FirstOrDefault();

    public ImmutableArray<Invoice> InvoicesOf(Prm prm) => [.. ByMember.Invoices[prm]];

    public ImmutableArray<InvoiceCorrection> CorrectionsOf(Prm prm) => [.. ByMember.Corrections[prm]];

    public SupplierEstimate? EstimateOf(Prm prm) => ByMember.Estimates[prm].FirstOrDefault();

    public Bill? StatementOf(Prm prm) => ByMember.Statements[prm].FirstOrDefault();

    /// <summary>What the collective saved a member: the supplier's bill without it minus (local invoices + the supplier's bill with it); negative when the collective costs more.</summary>
    public Money? SavingOf(Prm prm) => EstimateOf(prm)?.Saving;

    /// <summary>
    /// The documents by PRM, in their order (a member's look-ups are then constant-time). Built at
    /// the first look-up of these very documents (a copy made with <c>with</c> gets its own) and
    /// shared by the threads that read them; kept beside the record, so that it is no part of its value.
    /// </summary>
    private static readonly ConditionalWeakTable<BillingDocuments, Index> Indexes = new();

    private Index ByMember => Indexes.GetValue(this, d => new Index(d));

    private sealed class Index(BillingDocuments documents)
    {
        public ILookup<Prm, Bill> LocalInvoices { get; } = documents.LocalInvoices.ToLookup(b => b.Participant.Prm);

        public ILookup<Prm, Invoice> Invoices { get; } = documents.Invoices.ToLookup(i => i.Buyer.Prm);

        public ILookup<Prm, InvoiceCorrection> Corrections { get; } = documents.Corrections.ToLookup(c => c.Buyer);

        public ILookup<Prm, SupplierEstimate> Estimates { get; } = documents.Estimates.ToLookup(e => e.WithCollective.Participant.Prm);

        public ILookup<Prm, Bill> Statements { get; } = documents.Statements.ToLookup(b => b.Participant.Prm);
    }
}
