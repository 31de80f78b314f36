using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Which price class a step belongs to, from the local time of its START: off-peak ranges give
/// HC, the rest HP; the four-class calendar adds the season (H = November–March, B = April–October).
/// </summary>
public static class TariffClasses
{
    public static string ClassOf(LocalPriceSet prices, LocalDateTime stepStart)
    {
        if (prices.Classes.ContainsKey("base"))
        {
            return "base";
        }

        var offPeak = prices.OffPeak.Any(r => r.Contains(stepStart.TimeOfDay));
        if (prices.Classes.ContainsKey("HP"))
        {
            return offPeak ? "HC" : "HP";
        }

        var high = stepStart.Month is >= 11 or <= 3;
        return (offPeak ? "HC" : "HP") + (high ? "H" : "B");
    }

    /// <summary>The price set in force on a local date: the latest one whose <c>From</c> is not after it.</summary>
    public static LocalPriceSet? InForce(IReadOnlyList<LocalPriceSet> sets, LocalDate day) =>
        sets.LastOrDefault(s => s.From <= day);
}
