namespace Daisee.Billing.Worker.Billing;

/// <summary>Component codes of the rates table and of bill lines.</summary>
public static class RateComponents
{
    public const string TurpeManagement = "TURPE_CG";
    public const string TurpeMetering = "TURPE_CC";
    public const string TurpePower = "TURPE_B";
    public const string TurpeEnergy = "TURPE_C";
    public const string TurpeEnergyAutoproduced = "TURPE_C_AUTO";
    public const string TurpeEnergyAlloproduced = "TURPE_C_ALLO";
    public const string Accise = "ACCISE";
    public const string Cta = "CTA";
    public const string Vat = "VAT";

    /// <summary>VAT options: energy, variable network part and excise; fixed part (subscription, TURPE fixed part, CTA).</summary>
    public const string VatEnergy = "ENERGY";
    public const string VatFixed = "FIXED";

    public const string CtaDistribution = "C5";
    public const string AcciseAccZero = "ACC_ZERO";

    /// <summary>The excise band of a delivery point from its subscribed power (≤ 36 kVA when unknown).</summary>
    public static string AcciseBand(decimal? subscribedKva) => subscribedKva switch
    {
        null or <= 36m => "LE36",
        <= 250m => "36TO250",
        _ => "GT250",
    };
}
