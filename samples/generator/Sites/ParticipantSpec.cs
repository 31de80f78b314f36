using Daisee.Billing.SampleGenerator.Physics;
using NodaTime;

namespace Daisee.Billing.SampleGenerator.Sites;

/// <summary>
/// One participant as written to collective.json, plus how its curve is simulated
/// (<see cref="Load"/> for consumers, <see cref="Array"/> for producers).
/// Prices are EUR/kWh excluding tax; membership covers local days Joined ≤ d &lt; Left.
/// </summary>
public sealed record ParticipantSpec
{
    public required string Prm { get; init; }

    public required string Name { get; init; }

    public required ParticipantRole Role { get; init; }

    public required string Kind { get; init; }

    public required decimal SubscribedKva { get; init; }

    public LocalDate? Joined { get; init; }

    public LocalDate? Left { get; init; }

    public decimal? StaticKey { get; init; }

    public int? PriorityGroup { get; init; }

    public decimal? SupplierPriceEurPerKwh { get; init; }

    /// <summary>"base" or "HPHC".</summary>
    public string? TariffOption { get; init; }

    public decimal? SurplusPriceEurPerKwh { get; init; }

    public decimal? PeakKwp { get; init; }

    public ConsumerModel? Load { get; init; }

    public PvArray? Array { get; init; }
}
