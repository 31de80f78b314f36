using System.Text.Json.Serialization;

namespace Daisee.Billing.Contract;

/// <summary>
/// One line of a document: <see cref="Quantity"/> (in <see cref="QuantityUnit"/>) × <see cref="Rate"/>
/// (in <see cref="RateUnit"/>) and its rounded <see cref="Amount"/> (EUR); the price class, the days
/// covered (YYYY-MM-DD, inclusive), the seller, the VAT rate and the regulated rate's reference when
/// they apply (absent otherwise).
/// </summary>
public sealed record DocumentLine
{
    public required string Code { get; init; }

    public required string Label { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Class { get; init; }

    public required decimal Quantity { get; init; }

    public required string QuantityUnit { get; init; }

    public required decimal Rate { get; init; }

    public required string RateUnit { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? From { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? To { get; init; }

    public required decimal Amount { get; init; }

    public required bool Tax { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Seller { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? NotEstimated { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? VatPercent { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reference { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Confidence { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Unconfirmed { get; init; }
}
