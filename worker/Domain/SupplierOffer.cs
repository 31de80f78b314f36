using System.Collections.Immutable;

namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// A member's supplier offer as printed on its contract, for the estimate of what it pays its
/// supplier: all-in prices TTC per kWh by class (<c>base</c>, <c>HP</c>/<c>HC</c> or the four
/// seasonal classes, HC being the meter's off-peak hours; network, taxes and VAT included) and the subscription TTC per month; or an
/// energy-only price HT per kWh (network and taxes then come from the dated rates).
/// </summary>
public sealed record SupplierOffer(string Name)
{
    public ImmutableSortedDictionary<string, UnitPrice> PricesTtc { get; init; } = ImmutableSortedDictionary<string, UnitPrice>.Empty;

    public Money? SubscriptionTtcPerMonth { get; init; }

    public UnitPrice? EnergyPriceHt { get; init; }

    public bool IsAllIn => !PricesTtc.IsEmpty;
}
