namespace Daisee.Billing.Worker.Ingest;

/// <summary><c>collective.json</c> <c>invoicing</c>, as written.</summary>
public sealed record InvoicingFile
{
    public string? Mode { get; init; }

    public string? PmoSeller { get; init; }

    public int? PaymentTermDays { get; init; }

    public int? IssueDay { get; init; }

    public string? LatePenalty { get; init; }
}
