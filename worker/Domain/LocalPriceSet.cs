using System.Collections.Immutable;
using NodaTime;

namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// The collective's own prices, excluding tax, valid from a local date (inclusive) until the
/// next set. Classes: <c>base</c>; <c>HP</c>/<c>HC</c> with <see cref="OffPeak"/> ranges; or
/// <c>HPH</c>/<c>HCH</c>/<c>HPB</c>/<c>HCB</c> (high season November–March).
/// </summary>
public sealed record LocalPriceSet(LocalDate From, ImmutableSortedDictionary<string, UnitPrice> Classes, ImmutableArray<TimeRange> OffPeak)
{
    /// <summary>A fixed fee per month, excluding tax, if the collective charges one.</summary>
    public Money? MonthlyFee { get; init; }
}
