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

    /// <summary>Consumers: the grid operator's off-peak hours of the meter (local time), for the TURPE classes; null when not given.</summary>
    public System.Collections.Immutable.ImmutableArray<TimeRange>? NetworkOffPeak { get; init; }

    /// <summary>Consumers: the supplier offer of the member's contract, for the estimate and the saving.</summary>
    public SupplierOffer? Offer { get; init; }

    /// <summary>Consumers: invoicing identity (billing address, customer kind, SIRET of a business or public body).</summary>
    public string? BillingAddress { get; init; }

    public CustomerKind CustomerKind { get; init; } = CustomerKind.Household;

    public string? Siret { get; init; }

    /// <summary>Producers: the seller id (<c>sellers[].id</c>) that sells this plant's energy.</summary>
    public string? Seller { get; init; }

    /// <summary>Producers: renewable source and peak power (kWp), for the ACC excise eligibility (CIBS L312-79).</summary>
    public bool Renewable { get; init; }

    public decimal? PeakKwp { get; init; }

    /// <summary>Producers: the excise interpretation chosen for the plant's energy sold in the collective (<c>normal</c> or <c>zero</c>).</summary>
    public string? AcciseAccRate { get; init; }

    /// <summary>Producers: who buys the surplus and under which contract.</summary>
    public string? SurplusBuyer { get; init; }

    public string? SurplusContract { get; init; }

    public bool ConsumesFromCollective => Role is Role.Consumer or Role.Storage;

    public bool ProducesForCollective => Role is Role.Producer or Role.Storage;
}
