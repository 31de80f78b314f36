namespace Daisee.Billing.Worker.Ingest;

/// <summary>The raw shape of <c>collective.json</c>; every field is optional so that validation reports all problems at once.</summary>
public sealed record CollectiveFile
{
    public string? Name { get; init; }

    public string? OperationId { get; init; }

    public string? TimeZone { get; init; }

    public int? StepMinutes { get; init; }

    public string? Currency { get; init; }

    public List<ParticipantFile?>? Participants { get; init; }

    public AllocationFile? Allocation { get; init; }

    public List<LocalPriceFile?>? LocalPrices { get; init; }

    public RegulatedFile? Regulated { get; init; }

    public PoliciesFile? Policies { get; init; }

    public bool? PublishNames { get; init; }

    public List<SellerFile?>? Sellers { get; init; }

    public InvoicingFile? Invoicing { get; init; }

    /// <summary>The supplier offer of consumers that declare none (and no supplierPriceEurPerKwh).</summary>
    public SupplierOfferFile? DefaultSupplierOffer { get; init; }
}
