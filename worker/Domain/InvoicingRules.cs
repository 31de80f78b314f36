namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// <c>collective.json</c> <c>invoicing</c>: who issues the invoices, the payment term, and the
/// issue-date rule (day <see cref="IssueDay"/> of the month after the period, unless the worker
/// is given <c>--issue-date</c>).
/// </summary>
public sealed record InvoicingRules(InvoicingMode Mode, int PaymentTermDays, int IssueDay)
{
    public static readonly InvoicingRules Default = new(InvoicingMode.PerSeller, 30, 1);

    /// <summary>The PMO's seller id: the issuer under mandate, and the seller of the monthly fee.</summary>
    public string? PmoSeller { get; init; }

    /// <summary>Late-payment penalty rate for business buyers, as printed (L441-10).</summary>
    public string LatePenalty { get; init; } = "trois fois le taux d'intérêt légal";
}
