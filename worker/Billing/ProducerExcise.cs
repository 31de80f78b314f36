using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The excise interpretation of a plant's energy sold in the collective. The particular
/// 0 €/MWh rate (CIBS L312-79 and L312-87 3°, loi n° 2025-127 art. 75) requires electricity
/// from a renewable source on a site under 1 MW; the tax administration reads it restrictively
/// (BOI-RES-EAT-000208), so the default is the normal rate. The plant's <c>acciseAccRate</c>
/// (<c>normal</c> | <c>zero</c>) wins over the collective's <c>regulated.acciseAccZeroRate</c>;
/// <c>zero</c> on an ineligible plant is refused with a warning and billed at the normal rate.
/// </summary>
public static class ProducerExcise
{
    public const decimal MaxPeakKwp = AcciseEligibility.MaxPeakKwp;
    public const string LegalBasisZero = "Accise au tarif particulier de 0 €/MWh (CIBS L312-79 et L312-87 3°, loi n° 2025-127 art. 75) : installation renouvelable de moins de 1 MW ; interprétation contestée (BOFiP BOI-RES-EAT-000208).";
    public const string LegalBasisNormal = "Accise au tarif normal (CIBS L312-37) selon la puissance souscrite du membre.";

    public static bool Eligible(Participant producer) => AcciseEligibility.Eligible(producer);

    public static bool ZeroRate(Participant producer, Collective collective, ImmutableArray<Issue>.Builder issues)
    {
        var chosen = producer.AcciseAccRate ?? (collective.Regulated.AcciseAccZeroRate ? "zero" : "normal");
        if (chosen != "zero")
        {
            return false;
        }

        if (Eligible(producer))
        {
            return true;
        }

        issues.Add(new Issue(Severity.Warning, IssueCodes.NotBillable, "collective.json", 0,
            $"PRM {producer.Prm}: the 0 EUR/MWh ACC excise needs a renewable plant under 1 MW (renewable: true, peakKwp < 1000); the normal rate is billed.")
        { Prm = producer.Prm, Field = "participants[].acciseAccRate" });
        return false;
    }
}
