namespace Daisee.Billing.Worker.Domain;

/// <summary>A member of the collective as declared in <c>collective.json</c>.</summary>
public sealed record Participant(Prm Prm, string Name, Role Role, Membership Membership)
{
    /// <summary>Fixed share of production (0–1) for static keys and static cascade groups.</summary>
    public decimal? StaticKey { get; init; }

    /// <summary>1 = served first in a cascade.</summary>
    public int? PriorityGroup { get; init; }

    /// <summary>Producers: the price at which surplus energy is bought.</summary>
    public UnitPrice? SurplusPrice { get; init; }

    /// <summary>Consumers: the supplier's price for the complement (for the supplier-bill estimate).</summary>
    public UnitPrice? SupplierPrice { get; init; }

    public string? Kind { get; init; }

    public decimal? SubscribedKva { get; init; }

    /// <summary>Consumers: the supplier tariff option, <c>base</c> or <c>HPHC</c> (picks the default TURPE tariff option).</summary>
    public string? TariffOption { get; init; }

    /// <summary>Consumers: the TURPE tariff option (FTA, e.g. <c>BTINFCU4</c>) when known from the grid operator.</summary>
    public string? TurpeFta { get; init; }

    public bool ConsumesFromCollective => Role is Role.Consumer or Role.Storage;

    public bool ProducesForCollective => Role is Role.Producer or Role.Storage;
}
