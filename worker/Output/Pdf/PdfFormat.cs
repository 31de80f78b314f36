using System.Globalization;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>French renderings of quantities, rates and units for the PDF documents (no English unit reaches a page).</summary>
public static class PdfFormat
{
    public static string Quantity(BillLine l) => l.NotEstimated ? "—" : l.QuantityUnit switch
    {
        "kWh" => DailyTotals.French(l.Quantity, "0.000") + " kWh",
        "day" => DailyTotals.French(l.Quantity, "0") + " j",
        "month" => DailyTotals.French(l.Quantity, "0") + " mois",
        _ => DailyTotals.French(l.Quantity, "0.00") + " €",
    };

    public static string Rate(BillLine l) => l.NotEstimated ? "non estimé" : DailyTotals.French(l.Rate, "0.00####") + " " + Unit(l.RateUnit);

    public static string Amount(BillLine l) => l.NotEstimated ? "non estimé" : DailyTotals.Eur(l.Amount);

    /// <summary>A rates-table or line unit in French: EUR/year → €/an, cEUR/kWh → c€/kWh, percent → %…</summary>
    public static string Unit(string unit) => unit
        .Replace("cEUR", "c€", StringComparison.Ordinal)
        .Replace("EUR", "€", StringComparison.Ordinal)
        .Replace("/year", "/an", StringComparison.Ordinal)
        .Replace("/month", "/mois", StringComparison.Ordinal)
        .Replace("percent", "%", StringComparison.Ordinal);

    /// <summary>A rate's component, option and class in French (TURPE gestion BTINFCU4, TVA part fixe, Accise ≤ 36 kVA…).</summary>
    public static string Component(RateEntry e)
    {
        var component = e.Component switch
        {
            RateComponents.TurpeManagement => "TURPE composante de gestion",
            RateComponents.TurpeMetering => "TURPE composante de comptage",
            RateComponents.TurpePower => "TURPE part puissance",
            RateComponents.TurpeEnergy => "TURPE part énergie",
            RateComponents.TurpeEnergyAutoproduced => "TURPE énergie autoproduite",
            RateComponents.TurpeEnergyAlloproduced => "TURPE énergie alloproduite",
            RateComponents.Accise => "Accise",
            RateComponents.Cta => "CTA",
            RateComponents.Vat => "TVA",
            _ => e.Component,
        };
        var option = e.Option switch
        {
            RateComponents.VatEnergy => "énergie et accise",
            RateComponents.VatFixed => "part fixe",
            "LE36" => "≤ 36 kVA",
            "36TO250" => "36 à 250 kVA",
            "GT250" => "> 250 kVA",
            RateComponents.AcciseAccZero => "tarif particulier ACC",
            RateComponents.CtaDistribution => "réseau de distribution",
            _ => e.Option.Replace(NetworkTariff.AccSuffix, " option ACC", StringComparison.Ordinal),
        };
        return $"{component} {option} {e.TimeClass}".TrimEnd();
    }

    public static string Date(NodaTime.LocalDate d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
