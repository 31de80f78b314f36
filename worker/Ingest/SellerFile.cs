namespace Daisee.Billing.Worker.Ingest;

/// <summary>One entry of <c>collective.json</c> <c>sellers[]</c>, as written.</summary>
public sealed record SellerFile
{
    public string? Id { get; init; }

    public string? LegalName { get; init; }

    public string? Address { get; init; }

    public string? Siret { get; init; }

    public string? VatNumber { get; init; }

    public string? VatRegime { get; init; }

    public string? InvoicePrefix { get; init; }

    public string? Payment { get; init; }

    public string? Contact { get; init; }
}
