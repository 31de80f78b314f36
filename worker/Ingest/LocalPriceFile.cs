namespace Daisee.Billing.Worker.Ingest;

public sealed record LocalPriceFile
{
    public string? From { get; init; }

    public Dictionary<string, decimal>? Classes { get; init; }

    public List<string>? OffPeak { get; init; }

    public decimal? MonthlyFeeEur { get; init; }
}
