using NodaTime;

namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// One row of the regulated rates table (<c>Billing/Rates/rates.csv</c>): a value in the unit
/// of the official grid (<c>EUR/year</c>, <c>EUR/kVA/year</c>, <c>cEUR/kWh</c>, <c>EUR/MWh</c>,
/// <c>percent</c>), valid on local days <c>From ≤ d ≤ To</c> (<c>To</c> absent = open), with its
/// legal reference and a confidence grade (<c>verified</c>, <c>secondary</c>, <c>unsure</c>).
/// </summary>
public sealed record RateEntry(
    string Component,
    string Option,
    string TimeClass,
    decimal Value,
    string Unit,
    LocalDate From,
    LocalDate? To,
    string Reference,
    string Confidence)
{
    public const string Unsure = "unsure";

    /// <summary>No source gave the value in force: the previous value is carried over provisionally.</summary>
    public const string Unknown = "unknown";

    /// <summary>True when the value is not confirmed (graded <c>unsure</c> or <c>unknown</c>): documents using it say so.</summary>
    public bool IsUnsure => Confidence is Unsure or Unknown;

    /// <summary>The confidence grade in French, for documents.</summary>
    public string ConfidenceFrench => Confidence switch
    {
        "verified" => "vérifié (texte officiel)",
        "secondary" => "source secondaire",
        Unsure => "incertain (à confirmer)",
        Unknown => "inconnu : valeur provisoire reprise de la période précédente",
        _ => Confidence,
    };

    public bool Covers(LocalDate day) => From <= day && (To is null || day <= To);
}
