using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// The arbitration of a run (DAISEE layer 3): every difference above <see cref="Tolerance"/>
/// between our split and the grid operator's definitive split, and between the provider's own
/// meters and the operator's curves; and the split the bills use. When the operator's split
/// was supplied it prevails: <see cref="Billed"/> carries its values wherever it gave one.
/// </summary>
public sealed record ReconciliationResult(
    Energy Tolerance,
    long SplitValuesCompared,
    long SiteValuesCompared,
    long SplitValuesApplied,
    long SplitInconsistencies,
    ImmutableArray<ReconciliationDifference> Differences,
    AllocationResult Billed)
{
    public bool SplitSupplied => SplitValuesCompared > 0;

    public bool SiteSupplied => SiteValuesCompared > 0;

    /// <summary><c>operator-split</c> when the bills use the grid operator's values, else <c>engine</c>.</summary>
    public string BilledOn => SplitValuesApplied > 0 ? "operator-split" : ReconciliationDifference.Engine;

    public static ReconciliationResult None(AllocationResult allocation, Energy tolerance) => new(tolerance, 0, 0, 0, 0, [], allocation);
}
