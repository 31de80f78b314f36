using System.Collections.Immutable;
using System.Globalization;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Output;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// <c>simulation.json</c> (per policy: the collective's production, local energy, surplus,
/// self-consumption and coverage rates, total saving; per member the same figures and the
/// fairness shares) and <c>simulation.csv</c>
/// (<c>policy,prm,role,measured_wh,local_wh,grid_wh,saving_eur,local_share,consumption_share,investment_share</c>).
/// </summary>
public static class SimulationFiles
{
    public const string JsonName = "simulation.json";
    public const string CsvName = "simulation.csv";

    public static byte[] Json(BillingPeriod period, string source, ImmutableArray<PolicyOutcome> outcomes) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("period", period.Name);
        w.WriteString("curves", source);
        w.WriteStartArray("policies");
        foreach (var o in outcomes)
        {
            w.WriteStartObject();
            w.WriteString("policy", o.Policy);
            w.WriteString("method", o.Method.ToString());
            if (o.Problem is not null)
            {
                w.WriteString("problem", o.Problem);
                w.WriteEndObject();
                continue;
            }

            w.WriteNumber("productionKwh", o.Production.KilowattHours);
            w.WriteNumber("consumptionKwh", o.Consumption.KilowattHours);
            w.WriteNumber("localKwh", o.Local.KilowattHours);
            w.WriteNumber("surplusKwh", o.Surplus.KilowattHours);
            w.WriteNumber("selfConsumptionRate", Rate(o.Local, o.Production));
            w.WriteNumber("coverageRate", Rate(o.Local, o.Consumption));
            w.WriteNumber("savingEur", o.Saving);
            w.WriteStartArray("members");
            foreach (var m in o.Members)
            {
                w.WriteStartObject();
                w.WriteString("prm", m.Participant.Prm.Value);
                w.WriteString("role", m.Participant.Role.ToName());
                w.WriteNumber("measuredKwh", m.Measured.KilowattHours);
                w.WriteNumber("localKwh", m.Local.KilowattHours);
                w.WriteNumber(m.Participant.Role == Role.Producer ? "surplusKwh" : "complementKwh", m.Grid.KilowattHours);
                if (m.Participant.Role != Role.Producer)
                {
                    if (m.Saving is { } saving)
                    {
                        w.WriteNumber("savingEur", saving.Amount);
                    }

                    w.WriteNumber("localShare", m.LocalShare);
                    w.WriteNumber("consumptionShare", m.ConsumptionShare);
                }

                if (m.InvestmentShare is { } investment)
                {
                    w.WriteNumber("investmentShare", investment);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static byte[] Csv(ImmutableArray<PolicyOutcome> outcomes) => CsvText.Write(
        "policy,prm,role,measured_wh,local_wh,grid_wh,saving_eur,local_share,consumption_share,investment_share",
        outcomes.SelectMany(o => o.Members.Select(m => string.Join(',',
            o.Policy, m.Participant.Prm.Value, m.Participant.Role.ToName(), CsvText.WattHours(m.Measured), CsvText.WattHours(m.Local), CsvText.WattHours(m.Grid),
            m.Saving?.Amount.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty,
            Invariant(m.LocalShare), Invariant(m.ConsumptionShare), m.InvestmentShare is { } i ? Invariant(i) : string.Empty))));

    private static string Invariant(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static decimal Rate(Energy part, Energy whole) =>
        whole.MilliwattHours == 0 ? 0m : Math.Round(part.MilliwattHours / (decimal)whole.MilliwattHours, 4, MidpointRounding.AwayFromZero);
}
