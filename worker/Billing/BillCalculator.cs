using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Local-energy invoices (producer or PMO → member): each consumer's autoconsumed energy summed
/// per (price set, price class) times the collective's price; the price set's monthly fee pro
/// rata temporis of the member's days; the electricity excise on the autoconsumed energy (the
/// normal rate of the member's power band, or the contested 0 €/MWh ACC rate when the collective
/// opts in), split by rate period; VAT per rate. A step without a price set or a rate in force is
/// reported, never billed at a guessed price.
/// </summary>
public static class BillCalculator
{
    public const string FeeCode = "MONTHLY_FEE";

    public static (ImmutableArray<Bill> Bills, ImmutableArray<Issue> Issues) Calculate(Collective collective, AllocationResult allocation) =>
        Calculate(collective, allocation, RateTable.Embedded);

    public static (ImmutableArray<Bill> Bills, ImmutableArray<Issue> Issues) Calculate(Collective collective, AllocationResult allocation, RateTable rates)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var bills = ImmutableArray.CreateBuilder<Bill>();
        foreach (var consumer in allocation.Consumers)
        {
            var lines = new List<BillLine>();
            lines.AddRange(EnergyLines(collective, allocation.Period, consumer, rates, issues));
            lines.AddRange(FeeLines(collective, allocation.Period, consumer.Participant, rates));
            if (collective.Regulated.Accise)
            {
                lines.AddRange(AcciseLines.Of(allocation.Period, consumer.Participant, consumer.Local, collective.Regulated.AcciseAccZeroRate, rates, collective.Currency,
                    day => VatOf(collective, rates, RateComponents.VatEnergy, day), issues));
            }

            lines.AddRange(VatLines.Of(lines, collective.Currency));
            bills.Add(new Bill(consumer.Participant, [.. lines], collective.Currency) { Kind = BillKind.LocalInvoice });
        }

        return (bills.ToImmutable(), issues.ToImmutable());
    }

    /// <summary>The VAT rate of a line dated <paramref name="day"/>, or null when the collective's invoices carry no VAT.</summary>
    public static RateEntry? VatOf(Collective collective, RateTable rates, string option, LocalDate day) =>
        collective.Regulated.Vat ? rates.Find(RateComponents.Vat, option, string.Empty, day) : null;

    private static IEnumerable<BillLine> EnergyLines(Collective collective, BillingPeriod period, ParticipantAllocation consumer, RateTable rates, ImmutableArray<Issue>.Builder issues)
    {
        var (groups, unpriced) = StepSums.SumBy(period, consumer.Local, start =>
        {
            var prices = TariffClasses.InForce(collective.LocalPrices, start.Date);
            return prices is null ? null : new EnergyKey(prices.From, TariffClasses.ClassOf(prices, start), VatOf(collective, rates, RateComponents.VatEnergy, start.Date));
        });
        if (unpriced.MilliwattHours > 0)
        {
            issues.Add(new Issue(Severity.Error, IssueCodes.NotBillable, "collective.json", 0,
                $"PRM {consumer.Participant.Prm}: {unpriced} of local energy fall before the first localPrices.from date; add a price set that covers {period.Name}.")
            { Field = "localPrices[0].from", Prm = consumer.Participant.Prm });
        }

        return groups
            .OrderBy(g => g.Key.From).ThenBy(g => g.Key.Class, StringComparer.Ordinal).ThenBy(g => g.From)
            .Select(g =>
            {
                var price = collective.LocalPrices.Single(p => p.From == g.Key.From).Classes[g.Key.Class];
                return new BillLine(Bill.LocalEnergyCode, $"Énergie locale {g.Key.Class}", g.Key.Class, g.Energy, price, Rounding.Line(price * g.Energy))
                {
                    From = g.From,
                    To = g.To,
                    Vat = g.Key.Vat,
                };
            });
    }

    private static IEnumerable<BillLine> FeeLines(Collective collective, BillingPeriod period, Participant participant, RateTable rates)
    {
        var daysInMonth = period.Month.ToDateInterval().Length;
        var segments = DaySegments.Of(DaySegments.DaysOf(period.Month), day =>
            participant.Membership.Covers(day) && TariffClasses.InForce(collective.LocalPrices, day) is { MonthlyFee: { } fee } prices
                ? new FeeKey(prices.From, fee, VatOf(collective, rates, RateComponents.VatFixed, day))
                : null);
        return segments.Select(s => new BillLine(FeeCode, "Abonnement mensuel (prorata)", Rounding.ProRataMonth(s.Key.Fee, s.Days, daysInMonth))
        {
            Quantity = s.Days,
            QuantityUnit = "day",
            Rate = s.Key.Fee.Amount,
            RateUnit = $"{s.Key.Fee.Currency}/month",
            From = s.From,
            To = s.To,
            Vat = s.Key.Vat,
        });
    }

    private sealed record EnergyKey(LocalDate From, string Class, RateEntry? Vat);

    private sealed record FeeKey(LocalDate From, Money Fee, RateEntry? Vat);
}
