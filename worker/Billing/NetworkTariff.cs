using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The TURPE tariff option (FTA) of a meter and the distributor time class of a step. Both come
/// from the dataset, never guessed: the FTA is the participant's <c>turpeFta</c> as the grid
/// operator names it, the off-peak hours its <c>offPeakHours</c> (the meter's HC ranges set by
/// the grid operator, not the collective's local-price hours). Classes: BASE for CUST/LU, HP/HC
/// for MUDT, HPH/HCH/HPB/HCB (high season November–March) for CU4/MU4, from the local start of
/// the step. The ACC option exists in the rates table for CU4 and MU4 only.
/// </summary>
public static class NetworkTariff
{
    public const string AccOption = "acc";
    public const string AccSuffix = "_ACC";

    /// <summary>The meter's FTA, or null when the dataset does not give it.</summary>
    public static string? FtaOf(Participant participant) =>
        participant.TurpeFta is { Length: > 0 } fta ? fta.ToUpperInvariant() : null;

    /// <summary>True when the FTA has time classes, so that the meter's off-peak hours are needed.</summary>
    public static bool NeedsOffPeak(string fta) => IsFourClass(fta) || fta == "BTINFMUDT";

    /// <summary>True when the FTA and, if it has time classes, the meter's off-peak hours are known.</summary>
    public static bool IsKnown(Participant participant) =>
        FtaOf(participant) is { } fta && (!NeedsOffPeak(fta) || participant.NetworkOffPeak is { Length: > 0 });

    /// <summary>The option to look up in the rates table: the ACC variant when chosen and available.</summary>
    public static string OptionOf(string fta, bool accChosen, RateTable rates) =>
        accChosen && rates.HasOption(RateComponents.TurpeManagement, fta + AccSuffix) ? fta + AccSuffix : fta;

    public static string ClassOf(string fta, LocalDateTime stepStart, IReadOnlyList<TimeRange> offPeak)
    {
        if (!NeedsOffPeak(fta))
        {
            return "BASE";
        }

        var hc = offPeak.Any(r => r.Contains(stepStart.TimeOfDay));
        if (!IsFourClass(fta))
        {
            return hc ? "HC" : "HP";
        }

        var high = stepStart.Month is >= 11 or <= 3;
        return (hc ? "HC" : "HP") + (high ? "H" : "B");
    }

    private static bool IsFourClass(string fta) =>
        fta.StartsWith("BTINFCU4", StringComparison.Ordinal) || fta.StartsWith("BTINFMU4", StringComparison.Ordinal);
}
