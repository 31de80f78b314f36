using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Validation;

/// <summary>
/// Collects issues and the fate of every data row while the stages stream through the input.
/// A row is counted once as read (by the reader) and once as accepted, rejected or out of
/// scope (by whichever stage decides), so the row-accounting identity can be checked per file.
/// Issues are bounded: past <see cref="MaxIssuesPerCodeAndFile"/> issues of one code in one file,
/// the rest are only counted, and one <c>ISSUES_TRUNCATED</c> issue carries the count.
/// </summary>
public sealed class ConformityLog
{
    public const int MaxIssuesPerCodeAndFile = 100;

    private readonly List<Issue> _issues = [];
    private readonly SortedDictionary<string, FileCounter> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Source, string Code), long> _perCode = [];

    public void Add(Issue issue)
    {
        var key = (issue.Source, issue.Code);
        var seen = _perCode.GetValueOrDefault(key);
        _perCode[key] = seen + 1;
        if (seen < MaxIssuesPerCodeAndFile)
        {
            _issues.Add(issue);
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

    public ConformityReport ToReport() => new(
        [.. _issues.Concat(Truncations()).Order(IssueOrder.Instance)],
        [.. _files.Select(f => new FileAccount(f.Key, f.Value.Format, f.Value.Read, f.Value.Accepted, f.Value.Rejected, f.Value.OutOfScope))]);

    private IEnumerable<Issue> Truncations() => _perCode
        .Where(c => c.Value > MaxIssuesPerCodeAndFile)
        .Select(c => new Issue(Severity.Warning, IssueCodes.IssuesTruncated, c.Key.Source, 0,
            $"{c.Key.Source}: and {c.Value - MaxIssuesPerCodeAndFile} more {c.Key.Code} issue(s), not listed (the first {MaxIssuesPerCodeAndFile} are).") { Field = c.Key.Code });

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
        public string Format { get; set; } = "unknown";

        public long Read { get; set; }

        public long Accepted { get; set; }

        public long Rejected { get; set; }

        public long OutOfScope { get; set; }
    }
}
