using NodaTime;

namespace Daisee.Billing.Worker.Billing;

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

    public bool IsUnsure => Confidence == Unsure;

    public bool Covers(LocalDate day) => From <= day && (To is null || day <= To);
}
