using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// The collector a stage fills while it streams through its input, private to that stage: the
/// stage returns its <see cref="ToIssueSet"/> snapshot, and the pipeline gathers the snapshots of
/// every stage in its own log (<see cref="Add(IssueSet)"/>). A row is counted once as read (by
/// Ingest) and once as accepted, rejected or out of scope (by whichever stage decides), so the
/// row-accounting identity can be checked per file once the snapshots are gathered.
/// Issues are bounded: past <see cref="MaxIssuesPerCodeAndFile"/> issues of one code in one file,
/// the rest are only counted, and one <c>ISSUES_TRUNCATED</c> issue carries the count.
/// </summary>
public sealed class ConformityLog
{
    public const int MaxIssuesPerCodeAndFile = 100;

    private readonly List<Issue> _issues = [];
    private readonly Dictionary<string, FileRows> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Source, string Code), (long Total, int Stored)> _perCode = [];

    public void Add(Issue issue) => Add(issue, 1);

    /// <summary>Gathers a stage's snapshot: its issues (still bounded per code and file), its counts and its row accounting.</summary>
    public void Add(IssueSet set)
    {
        foreach (var issue in set.Issues)
        {
            Add(issue, 0);
        }

        foreach (var ((source, code), total) in set.Totals)
        {
            var (seen, stored) = _perCode.GetValueOrDefault((source, code));
            _perCode[(source, code)] = (seen + total, stored);
        }

        foreach (var (source, rows) in set.Files)
        {
            ref var counter = ref Counter(source);
            counter = new FileRows(rows.Format ?? counter.Format, counter.Read + rows.Read, counter.Accepted + rows.Accepted,
                counter.Rejected + rows.Rejected, counter.OutOfScope + rows.OutOfScope);
        }
    }

    public void FileSeen(string source, string format)
    {
        ref var counter = ref Counter(source);
        counter = counter with { Format = format };
    }

    public void RowRead(string source) => RowsRead(source, 1);

    /// <summary>Counts <paramref name="rows"/> rows of <paramref name="source"/> as read (a reader that counts a file's rows itself).</summary>
    public void RowsRead(string source, long rows)
    {
        ref var counter = ref Counter(source);
        counter = counter with { Read = counter.Read + rows };
    }

    public void RowAccepted(string source)
    {
        ref var counter = ref Counter(source);
        counter = counter with { Accepted = counter.Accepted + 1 };
    }

    public void RowOutOfScope(string source) => RowsOutOfScope(source, 1);

    public void RowsOutOfScope(string source, long rows)
    {
        ref var counter = ref Counter(source);
        counter = counter with { OutOfScope = counter.OutOfScope + rows };
    }

    /// <summary>A row first accepted, then displaced by a better-flagged value for the same step (the issue is logged by the caller).</summary>
    public void RowAcceptedThenRejected(string source)
    {
        ref var counter = ref Counter(source);
        counter = counter with { Accepted = counter.Accepted - 1, Rejected = counter.Rejected + 1 };
    }

    /// <summary>Counts a rejected row; the issue says why (null when one issue already covers several rows).</summary>
    public void RowRejected(string source, Issue? issue)
    {
        ref var counter = ref Counter(source);
        counter = counter with { Rejected = counter.Rejected + 1 };
        if (issue is not null)
        {
            Add(issue);
        }
    }

    public bool HasErrors => _issues.Any(i => i.Severity == Severity.Error);

    /// <summary>What this stage found, immutable: the value a stage returns beside its result.</summary>
    public IssueSet ToIssueSet() => new(
        [.. _issues],
        _perCode.ToImmutableDictionary(c => c.Key, c => c.Value.Total),
        _files.ToImmutableSortedDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));

    public ConformityReport ToReport() => new(
        [.. _issues.Concat(Truncations()).Order(IssueOrder.Instance)],
        [.. _files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new FileAccount(f.Key, f.Value.Format ?? "unknown", f.Value.Read, f.Value.Accepted, f.Value.Rejected, f.Value.OutOfScope))]);

    /// <summary>Stores the issue while its code and file are under the bound; <paramref name="counted"/> is how much it adds to their total.</summary>
    private void Add(Issue issue, long counted)
    {
        var key = (issue.Source, issue.Code);
        var (total, stored) = _perCode.GetValueOrDefault(key);
        var keep = stored < MaxIssuesPerCodeAndFile;
        _perCode[key] = (total + counted, stored + (keep ? 1 : 0));
        if (keep)
        {
            _issues.Add(issue);
        }
    }

    private IEnumerable<Issue> Truncations() => _perCode
        .Where(c => c.Value.Total > c.Value.Stored)
        .Select(c => new Issue(Severity.Warning, IssueCodes.IssuesTruncated, c.Key.Source, 0,
            $"{c.Key.Source}: and {c.Value.Total - c.Value.Stored} more {c.Key.Code} issue(s), not listed (the first {c.Value.Stored} are).") { Field = c.Key.Code });

    /// <summary>The counts of <paramref name="source"/>, in place (a file first met starts at <see cref="FileRows.None"/>).</summary>
    private ref FileRows Counter(string source) => ref CollectionsMarshal.GetValueRefOrAddDefault(_files, source, out _);
}
