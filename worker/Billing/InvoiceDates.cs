using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Issue date, due date and numbers of the invoices of a period. Never the clock: the issue
/// date is the worker's <c>--issue-date</c>, else day <c>invoicing.issueDay</c> of the month
/// after the period; the due date is <c>paymentTermDays</c> later. Numbers:
/// <c>PREFIX-YYYYMM-NNNN</c>, one series per issuer and period, NNNN counting the issuer's
/// invoices of the period from 0001 in PRM order of the buyers (chronological by period,
/// continuous within it, identical on every run).
/// </summary>
public static class InvoiceDates
{
    public static LocalDate IssueDate(BillingPeriod period, InvoicingRules rules, LocalDate? given) =>
        given ?? period.Month.PlusMonths(1).OnDayOfMonth(rules.IssueDay);

    public static LocalDate DueDate(LocalDate issue, InvoicingRules rules) => issue.PlusDays(rules.PaymentTermDays);

    public static string Number(Seller issuer, BillingPeriod period, int sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{issuer.InvoicePrefix}-{period.Month.Year:0000}{period.Month.Month:00}-{sequence:0000}");
}
