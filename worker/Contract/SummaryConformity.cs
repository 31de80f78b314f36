using System.Collections.Immutable;

namespace Daisee.Billing.Contract;

/// <summary>Row accounting over every input file (read = accepted + rejected + out of scope) and the issues by code.</summary>
public sealed record SummaryConformity(long RowsRead, long RowsAccepted, long RowsRejected, long RowsOutOfScope, ImmutableSortedDictionary<string, int> IssuesByCode);
