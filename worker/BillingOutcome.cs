using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker;

/// <summary>
/// The result of one run: every output file but <c>computed.json</c> (including the manifest),
/// and the rejection message when the input could not be billed.
/// </summary>
public sealed record BillingOutcome(ImmutableSortedDictionary<string, byte[]> Files, string? ErrorMessage, ConformityReport Conformity)
{
    public AllocationResult? Allocation { get; init; }

    public ImmutableArray<Bill> Bills { get; init; } = [];

    public bool Rejected => ErrorMessage is not null;
}
