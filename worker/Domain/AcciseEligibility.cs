namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// Whether a plant may claim the particular 0 €/MWh ACC excise rate (CIBS L312-79 and L312-87 3°):
/// electricity from a renewable source, on a site whose peak power is under 1 MW (1,000 kWp).
/// </summary>
public static class AcciseEligibility
{
    public const decimal MaxPeakKwp = 1000m;

    public static bool Eligible(Participant producer) => producer.Renewable && producer.PeakKwp is > 0m and < MaxPeakKwp;
}
