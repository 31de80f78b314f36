using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker;

/// <summary>What one run bills: the month as given (<c>YYYY-MM</c>), the dataset's files, and issues met while opening it.</summary>
public sealed record BillingRequest(string Month, ImmutableArray<DatasetEntry> Entries, ImmutableArray<Issue> DatasetIssues)
{
    /// <summary>The invoices' issue date as given (<c>--issue-date YYYY-MM-DD</c>), or null for the rule of <c>invoicing.issueDay</c>.</summary>
    public string? IssueDate { get; init; }

    /// <summary>Why the month is billed again (<c>--reason</c>), printed on the credit notes and in summary.json.</summary>
    public string? Reason { get; init; }

    /// <summary>Where the stages' elapsed times go (<c>--timings</c>), or null.</summary>
    public StageTimings? Timings { get; init; }
}
