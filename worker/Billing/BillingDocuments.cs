using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Everything the billing stage produces for a month: the local invoices (exact), the supplier
/// estimates with and without the collective (for the saving), and the producer statements.
/// </summary>
public sealed record BillingDocuments(ImmutableArray<Bill> LocalInvoices, ImmutableArray<SupplierEstimator.Estimate> Estimates, ImmutableArray<Bill> Statements)
{
    public static (BillingDocuments Documents, ImmutableArray<Issue> Issues) Calculate(Collective collective, AllocationResult allocation, RateTable rates)
    {
        var (invoices, invoiceIssues) = BillCalculator.Calculate(collective, allocation, rates);
        var (estimates, estimateIssues) = SupplierEstimator.Calculate(collective, allocation, rates);
        var statements = StatementCalculator.Calculate(collective, allocation);
        return (new BillingDocuments(invoices, estimates, statements), invoiceIssues.AddRange(estimateIssues));
    }

    /// <summary>The documents of bills.csv: local invoices, supplier estimates and statements, by participant.</summary>
    public IEnumerable<Bill> Accounting =>
        LocalInvoices.Concat(Estimates.Select(e => e.WithCollective)).Concat(Statements)
            .OrderBy(b => b.Participant.Prm).ThenBy(b => b.Kind);

    public Bill? LocalInvoiceOf(Prm prm) => LocalInvoices.FirstOrDefault(b => b.Participant.Prm == prm);

    public SupplierEstimator.Estimate? EstimateOf(Prm prm) => Estimates.FirstOrDefault(e => e.WithCollective.Participant.Prm == prm);

    public Bill? StatementOf(Prm prm) => Statements.FirstOrDefault(b => b.Participant.Prm == prm);

    /// <summary>What the collective saved a member: the bill without it minus (local invoice + supplier estimate).</summary>
    public Money? SavingOf(Prm prm) =>
        EstimateOf(prm) is { } e && LocalInvoiceOf(prm) is { } local
            ? e.WithoutCollective.Total - (local.Total + e.WithCollective.Total)
            : null;
}
