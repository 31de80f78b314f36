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

    /// <summary>
    /// Where each output file goes as soon as it is produced (a file of the output folder, opened
    /// by name by the entry point), or null to keep the files in <see cref="BillingOutcome.Files"/>.
    /// </summary>
    public Func<string, Stream>? Output { get; init; }
}
