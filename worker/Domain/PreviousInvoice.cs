using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Domain;

/// <summary>An invoice already issued for the period, as the previous run's <c>bill-&lt;prm&gt;.json</c> states it (lines with their rounded amounts).</summary>
public sealed record PreviousInvoice(string Number, LocalDate IssueDate, LocalDate DueDate, string IssuerId, Prm Buyer, ImmutableArray<BillLine> Lines, decimal TotalTtc);

/// <summary>
/// The previous run of the same month (dataset folder <c>previous/</c>): the invoices in force and
/// every document number it used (invoices and credit notes), so that new numbers continue each series.
/// </summary>
public sealed record PreviousRun(ImmutableArray<PreviousInvoice> Invoices, ImmutableArray<string> Numbers)
{
    public static readonly PreviousRun None = new([], []);

    public bool IsEmpty => Invoices.IsEmpty && Numbers.IsEmpty;
}
