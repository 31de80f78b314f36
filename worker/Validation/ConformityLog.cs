using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Validation;

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
    private readonly SortedDictionary<string, FileCounter> _files = new(StringComparer.Ordinal);
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
            var counter = Counter(source);
            counter.Format = rows.Format ?? counter.Format;
            counter.Read += rows.Read;
            counter.Accepted += rows.Accepted;
            counter.Rejected += rows.Rejected;
            counter.OutOfScope += rows.OutOfScope;
        }
    }

    public void FileSeen(string source, string format) => Counter(source).Format = format;

    public void RowRead(string source) => Counter(source).Read++;

    public void RowAccepted(string source) => Counter(source).Accepted++;

    public void RowOutOfScope(string source) => Counter(source).OutOfScope++;

    /// <summary>A row first accepted, then displaced by a better-flagged value for the same step (the issue is logged by the caller).</summary>
    public void RowAcceptedThenRejected(string source)
    {
        var counter = Counter(source);
        counter.Accepted--;
        counter.Rejected++;
    }

    /// <summary>Counts a rejected row; the issue says why (null when one issue already covers several rows).</summary>
    public void RowRejected(string source, Issue? issue)
    {
        Counter(source).Rejected++;
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
        _files.ToImmutableSortedDictionary(f => f.Key, f => new FileRows(f.Value.Format, f.Value.Read, f.Value.Accepted, f.Value.Rejected, f.Value.OutOfScope), StringComparer.Ordinal));

    public ConformityReport ToReport() => new(
        [.. _issues.Concat(Truncations()).Order(IssueOrder.Instance)],
        [.. _files.Select(f => new FileAccount(f.Key, f.Value.Format ?? "unknown", f.Value.Read, f.Value.Accepted, f.Value.Rejected, f.Value.OutOfScope))]);

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

    private FileCounter Counter(string source)
    {
        if (!_files.TryGetValue(source, out var counter))
        {
            counter = new FileCounter();
            _files.Add(source, counter);
        }

        return counter;
    }

    private sealed class FileCounter
    {
        public string? Format { get; set; }

        public long Read { get; set; }

        public long Accepted { get; set; }

        public long Rejected { get; set; }

        public long OutOfScope { get; set; }
    }
}
