using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// What one stage found, as a value: its issues (at most <see cref="ConformityLog.MaxIssuesPerCodeAndFile"/>
/// of one code in one file), how many issues of each code and file it met in all, and the fate of
/// the rows it decided, per file.
/// </summary>
public sealed record IssueSet(
    ImmutableArray<Issue> Issues,
    ImmutableDictionary<(string Source, string Code), long> Totals,
    ImmutableSortedDictionary<string, FileRows> Files)
{
    public static readonly IssueSet Empty = new([], ImmutableDictionary<(string, string), long>.Empty, ImmutableSortedDictionary<string, FileRows>.Empty);

    public bool HasErrors => Issues.Any(i => i.Severity == Severity.Error);

    public static IssueSet Of(IEnumerable<Issue> issues)
    {
        var log = new ConformityLog();
        foreach (var issue in issues)
        {
            log.Add(issue);
        }

        return log.ToIssueSet();
    }
}
