using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The network tariff (TURPE) and CTA lines of a supplier invoice. Fixed parts (management CG,
/// metering CC, power b × kVA) cover every day of the month (the supplier contract runs whether
/// or not the meter is a member of the collective, like the energy part of the estimate), prorated
/// per day (annual × days / 365) and split where a rate changes; CTA is a percentage of the rounded fixed lines of the same days. Energy parts
/// are per distributor class and rate period: with the ACC option, autoproduced energy at the
/// autoproduit rates and the complement at the alloproduit rates; otherwise all consumption at c.
/// </summary>
public static class TurpeLines
{
    public static IEnumerable<BillLine> Fixed(BillingPeriod period, Participant participant, string option, RateTable rates, string currency, ImmutableArray<Issue>.Builder issues)
    {
        var missing = false;
        var segments = DaySegments.Of(DaySegments.DaysOf(period.Month), day =>
        {
            var key = new FixedKey(
                rates.Find(RateComponents.TurpeManagement, option, string.Empty, day),
                rates.Find(RateComponents.TurpeMetering, option, string.Empty, day),
                rates.Find(RateComponents.TurpePower, option, string.Empty, day),
                rates.Find(RateComponents.Cta, RateComponents.CtaDistribution, string.Empty, day),
                rates.Find(RateComponents.Vat, RateComponents.VatFixed, string.Empty, day));
            missing |= key.Management is null || key.Metering is null || key.Power is null || key.Cta is null;
            return key;
        });
        if (missing)
        {
            issues.Add(new Issue(Severity.Warning, IssueCodes.NotBillable, "rates.csv", 0,
                $"PRM {participant.Prm}: the rates table has no TURPE fixed part or CTA for option {option} on some days of {period.Name}; the supplier estimate leaves them out.")
            { Prm = participant.Prm });
        }

        return segments.SelectMany(s => SegmentLines(s, participant.SubscribedKva ?? 0m, currency));
    }

    public static IEnumerable<BillLine> Energy(BillingPeriod period, string code, string label, ImmutableArray<Energy> energy, Func<LocalDateTime, string> classOf, string option, RateTable rates, string currency)
    {
        var (groups, _) = StepSums.SumBy(period, energy, start =>
            rates.Find(code, option, classOf(start), start.Date));
        return groups.Select(g =>
        {
            var price = new UnitPrice(g.Key.Value / 100m, currency);
            return new BillLine(code, $"{label} {g.Key.TimeClass}", g.Key.TimeClass, g.Energy, price, Rounding.Line(price * g.Energy))
            {
                Rate = g.Key.Value,
                RateUnit = g.Key.Unit,
                From = g.From,
                To = g.To,
                Source = g.Key,
                Vat = rates.Find(RateComponents.Vat, RateComponents.VatEnergy, string.Empty, g.From),
            };
        });
    }

    private static IEnumerable<BillLine> SegmentLines(DaySegments.Segment<FixedKey> s, decimal kva, string currency)
    {
        var fixedLines = new List<BillLine>();
        Add(fixedLines, s, s.Key.Management, 1m, "TURPE composante de gestion", currency);
        Add(fixedLines, s, s.Key.Metering, 1m, "TURPE composante de comptage", currency);
        Add(fixedLines, s, s.Key.Power, kva, $"TURPE part puissance ({kva.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} kVA)", currency);
        foreach (var line in fixedLines)
        {
            yield return line;
        }

        if (s.Key.Cta is { } cta && fixedLines.Count > 0)
        {
            var ctaBase = fixedLines.Aggregate(Money.Zero(currency), (sum, l) => sum + l.Amount);
            yield return new BillLine(RateComponents.Cta, "Contribution tarifaire d'acheminement (CTA)", Rounding.Percent(ctaBase, cta.Value))
            {
                Quantity = ctaBase.Amount,
                QuantityUnit = currency,
                Rate = cta.Value,
                RateUnit = cta.Unit,
                From = s.From,
                To = s.To,
                Source = cta,
                Vat = s.Key.Vat,
            };
        }
    }

    private static void Add(List<BillLine> lines, DaySegments.Segment<FixedKey> s, RateEntry? entry, decimal multiplier, string label, string currency)
    {
        if (entry is null || multiplier == 0m)
        {
            return;
        }

        lines.Add(new BillLine(entry.Component, label, Rounding.ProRata(entry.Value * multiplier, s.Days, currency))
        {
            Quantity = s.Days,
            QuantityUnit = "day",
            Rate = entry.Value,
            RateUnit = entry.Unit,
            From = s.From,
            To = s.To,
            Source = entry,
            Vat = s.Key.Vat,
        });
    }

    private sealed record FixedKey(RateEntry? Management, RateEntry? Metering, RateEntry? Power, RateEntry? Cta, RateEntry? Vat);
}
