using System.Collections.Immutable;

namespace Daisee.Billing.Contract;

/// <summary>What the grid operator's split and the site meters were compared with, and how many differences over tolerance were found.</summary>
public sealed record SummaryReconciliation(
    bool OperatorSplitSupplied,
    bool SiteMetersSupplied,
    decimal ToleranceWh,
    long SplitValuesCompared,
    long SiteValuesCompared,
    long SplitValuesApplied,
    long SplitInconsistencies,
    int Differences,
    string BilledOn,
    string Rule,
    ImmutableArray<ReconciliationByParticipant> ByParticipant);
