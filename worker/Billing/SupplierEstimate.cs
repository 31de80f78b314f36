using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>A member's supplier bill of the month with and without the collective (<see cref="SupplierEstimator"/>), and what the collective saved it.</summary>
public sealed record SupplierEstimate(Bill WithCollective, Bill WithoutCollective)
{
    /// <summary>The member's local invoices of the period (TTC).</summary>
    public Money Local { get; init; }

    public Money Saving => WithoutCollective.Total - (Local + WithCollective.Total);

    /// <summary>False when a line could not be estimated (see <see cref="BillLine.NotEstimated"/>).</summary>
    public bool Complete => !WithCollective.Lines.Concat(WithoutCollective.Lines).Any(l => l.NotEstimated);
}
