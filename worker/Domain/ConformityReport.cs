using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Domain;

/// <summary>Every issue found, in <see cref="IssueOrder"/>, and the row accounting of every input file.</summary>
public sealed record ConformityReport(ImmutableArray<Issue> Issues, ImmutableArray<FileAccount> Files)
{
    public static readonly ConformityReport Empty = new([], []);

    public long RowsRead => Files.Sum(f => f.RowsRead);

    public long RowsAccepted => Files.Sum(f => f.RowsAccepted);

    public long RowsRejected => Files.Sum(f => f.RowsRejected);

    public long RowsOutOfScope => Files.Sum(f => f.RowsOutOfScope);

    public bool HasErrors => Issues.Any(i => i.Severity == Severity.Error);

    public ImmutableSortedDictionary<string, int> IssuesByCode =>
        Issues.GroupBy(i => i.Code).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
