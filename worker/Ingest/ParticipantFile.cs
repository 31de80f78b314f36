namespace Daisee.Billing.Worker.Ingest;

public sealed record ParticipantFile
{
    public string? Prm { get; init; }

    public string? Name { get; init; }

    public string? Role { get; init; }

    public string? Joined { get; init; }

    public string? Left { get; init; }

    public decimal? StaticKey { get; init; }

    public int? PriorityGroup { get; init; }

    public decimal? SurplusPriceEurPerKwh { get; init; }

    public decimal? SupplierPriceEurPerKwh { get; init; }

    public string? Kind { get; init; }

    public decimal? SubscribedKva { get; init; }

    public string? TariffOption { get; init; }

    public string? TurpeFta { get; init; }

    public List<string>? OffPeakHours { get; init; }

    public SupplierOfferFile? SupplierOffer { get; init; }

    public string? BillingAddress { get; init; }

    public string? CustomerKind { get; init; }

    public string? Siret { get; init; }

    public string? Seller { get; init; }

    public bool? Renewable { get; init; }

    public decimal? PeakKwp { get; init; }

    public string? AcciseAccRate { get; init; }

    public string? SurplusBuyer { get; init; }

    public string? SurplusContract { get; init; }
}
