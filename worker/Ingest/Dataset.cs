using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The dataset as the later stages see it, opened once by <see cref="DatasetReader"/>: the
/// collective (null when missing or invalid, <see cref="CollectiveIssues"/> say why), the curve
/// readings (streamed once), the allocation's inputs (keys, the grid operator's split, the
/// provider's own meters) with what reading them found. No later stage sees a dataset entry.
/// </summary>
public sealed record Dataset(bool HasCollective, Collective? Collective, ImmutableArray<Issue> CollectiveIssues)
{
    public CurveReadings? Curves { get; init; }

    public AllocationInputs Allocation { get; init; } = AllocationInputs.None;

    public IssueSet AllocationIssues { get; init; } = IssueSet.Empty;
}
