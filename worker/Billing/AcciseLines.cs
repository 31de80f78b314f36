using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The electricity excise (accise, CIBS L312-37) on an energy series, one line per rate in force
/// (a period that straddles a rate change is split by date). Rate: the member's power band, or
/// the particular 0 €/MWh ACC rate (CIBS L312-79, contested) when <c>zeroRate</c> is on and that
/// rate is in force that day. The excise is in the VAT base.
/// </summary>
public static class AcciseLines
{
    /// <param name="vat">The VAT rate of a line starting on a day, or null when no VAT is charged.</param>
    public static IEnumerable<BillLine> Of(BillingPeriod period, Participant participant, ImmutableArray<Energy> energy, bool zeroRate, RateTable rates, string currency, Func<LocalDate, RateEntry?> vat, ImmutableArray<Issue>.Builder issues) =>
        Of(period, participant, Keys(period, participant, zeroRate, rates), energy.AsSpan(), currency, vat, issues);

    /// <summary>The excise rate of every step for the participant's band (the same for every participant of that band and <paramref name="zeroRate"/>).</summary>
    public static StepKeys<RateEntry> Keys(BillingPeriod period, Participant participant, bool zeroRate, RateTable rates)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var band = RateComponents.AcciseBand(participant.SubscribedKva);
        var rate = StepSums.OncePerDay(day =>
            (zeroRate ? rates.Find(RateComponents.Accise, RateComponents.AcciseAccZero, string.Empty, day) : null)
            ?? rates.Find(RateComponents.Accise, band, string.Empty, day));
        return StepSums.Classify(period, start => rate(start.Date));
    }

    /// <param name="rates">The excise rate of every step (<see cref="Keys"/>).</param>
    /// <param name="vat">The VAT rate of a line starting on a day, or null when no VAT is charged.</param>
    public static List<BillLine> Of(BillingPeriod period, Participant participant, StepKeys<RateEntry> rates, ReadOnlySpan<Energy> energy, string currency, Func<LocalDate, RateEntry?> vat, ImmutableArray<Issue>.Builder issues)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(issues);
        var band = RateComponents.AcciseBand(participant.SubscribedKva);
        var (groups, missing) = StepSums.SumBy(rates, energy);
        if (missing.MilliwattHours > 0)
        {
            issues.Add(new Issue(Severity.Error, IssueCodes.NotBillable, "rates.csv", 0,
                $"PRM {participant.Prm}: no excise rate for band {band} in force in {period.Name} ({missing}); update the rates table.")
            { Prm = participant.Prm });
        }

        return [.. groups.Select(g =>
        {
            var price = new UnitPrice(g.Key.Value / 1000m, currency);
            var zero = g.Key.Option == RateComponents.AcciseAccZero;
            return new BillLine(RateComponents.Accise, zero ? "Accise sur l'électricité, taux ACC 0 €/MWh" : "Accise sur l'électricité", string.Empty, g.Energy, price, Rounding.Line(price * g.Energy))
            {
                Rate = g.Key.Value,
                RateUnit = g.Key.Unit,
                From = g.From,
                To = g.To,
                Source = g.Key,
                Vat = vat(g.From),
                IsTax = true,
            };
        })];
    }
}
