using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker;

/// <summary>What one run bills: the month as given (<c>YYYY-MM</c>), the dataset's files, and issues met while opening it.</summary>
public sealed record BillingRequest(string Month, ImmutableArray<DatasetEntry> Entries, ImmutableArray<Issue> DatasetIssues);
