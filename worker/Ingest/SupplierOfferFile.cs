namespace Daisee.Billing.Worker.Ingest;

/// <summary>A participant's <c>supplierOffer</c>, as written.</summary>
public sealed record SupplierOfferFile
{
    public string? Name { get; init; }

    public Dictionary<string, decimal>? PricesTtcEurPerKwh { get; init; }

    public decimal? SubscriptionTtcEurPerMonth { get; init; }

    public decimal? EnergyPriceHtEurPerKwh { get; init; }

    /// <summary>Where the prices come from (contract, published grid); informative.</summary>
    public string? Source { get; init; }
}
