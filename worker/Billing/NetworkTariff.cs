using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The TURPE tariff option (FTA) of a consumer and the distributor time class of a step.
/// FTA: the participant's <c>turpeFta</c> when given; otherwise <c>BTINFCU4</c> when the
/// collective chose the ACC option (it exists for CU4/MU4 only), <c>BTINFMUDT</c> for an
/// <c>HPHC</c> supplier option, <c>BTINFCUST</c> for <c>base</c>. Distributor classes: BASE for
/// CUST/LU, HP/HC for MUDT, HPH/HCH/HPB/HCB (high season November–March) for CU4/MU4, from the
/// local start of the step; off-peak hours are the collective's price set's, or 22:00–06:00.
/// </summary>
public static class NetworkTariff
{
    public const string AccOption = "acc";
    public const string AccSuffix = "_ACC";

    public static readonly TimeRange DefaultOffPeak = new(new LocalTime(22, 0), new LocalTime(6, 0));

    public static string FtaOf(Participant participant, RegulatedOptions regulated) =>
        participant.TurpeFta is { Length: > 0 } fta ? fta.ToUpperInvariant()
        : regulated.TurpeOption == AccOption ? "BTINFCU4"
        : string.Equals(participant.TariffOption, "HPHC", StringComparison.OrdinalIgnoreCase) ? "BTINFMUDT"
        : "BTINFCUST";

    /// <summary>The option to look up in the rates table: the ACC variant when chosen and available.</summary>
    public static string OptionOf(string fta, bool accChosen, RateTable rates) =>
        accChosen && rates.HasOption(RateComponents.TurpeManagement, fta + AccSuffix) ? fta + AccSuffix : fta;

    public static string ClassOf(string fta, LocalDateTime stepStart, IReadOnlyList<TimeRange> offPeak)
    {
        var fourClasses = fta.StartsWith("BTINFCU4", StringComparison.Ordinal) || fta.StartsWith("BTINFMU4", StringComparison.Ordinal);
        if (!fourClasses && fta != "BTINFMUDT")
        {
            return "BASE";
        }

        var ranges = offPeak.Count > 0 ? offPeak : [DefaultOffPeak];
        var hc = ranges.Any(r => r.Contains(stepStart.TimeOfDay));
        if (!fourClasses)
        {
            return hc ? "HC" : "HP";
        }

        var high = stepStart.Month is >= 11 or <= 3;
        return (hc ? "HC" : "HP") + (high ? "H" : "B");
    }
}
