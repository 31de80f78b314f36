using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Estimates, for each consumer with a <c>supplierPriceEurPerKwh</c>, the supplier invoice of the
/// month (complement energy at the supplier's energy price, TURPE fixed and energy parts with the
/// standard or the ACC option, CTA, excise on the complement, VAT), and the invoice it would have
/// received WITHOUT the collective (all consumption from the supplier, standard TURPE). The
/// supplier's price is taken as its energy price excluding network and taxes.
/// </summary>
public static class SupplierEstimator
{
    public const string SupplyCode = "SUPPLY_ENERGY";

    public sealed record Estimate(Bill WithCollective, Bill WithoutCollective);

    public static (ImmutableArray<Estimate> Estimates, ImmutableArray<Issue> Issues) Calculate(Collective collective, AllocationResult allocation, RateTable rates)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var estimateIssues = ImmutableArray.CreateBuilder<Issue>();
        var estimates = ImmutableArray.CreateBuilder<Estimate>();
        foreach (var consumer in allocation.Consumers.Where(c => c.Participant.SupplierPrice is not null))
        {
            var participant = consumer.Participant;
            var fta = NetworkTariff.FtaOf(participant, collective.Regulated);
            var accChosen = collective.Regulated.TurpeOption == NetworkTariff.AccOption;
            var option = NetworkTariff.OptionOf(fta, accChosen, rates);
            if (accChosen && !option.EndsWith(NetworkTariff.AccSuffix, StringComparison.Ordinal))
            {
                issues.Add(new Issue(Severity.Info, IssueCodes.NotBillable, "collective.json", 0,
                    $"PRM {participant.Prm}: the TURPE ACC option does not exist for {fta} in the rates table; the estimate uses the standard tariff.")
                { Prm = participant.Prm, Field = "regulated.turpeOption" });
            }

            var zero = ImmutableArray.CreateRange(Enumerable.Repeat(Energy.Zero, consumer.Measured.Length));
            var with = Lines(collective, allocation.Period, participant, consumer.Local, consumer.Grid, fta, option, rates, estimateIssues);
            var without = Lines(collective, allocation.Period, participant, zero, consumer.Measured, fta, fta, rates, estimateIssues);
            estimates.Add(new Estimate(
                new Bill(participant, with, collective.Currency) { Kind = BillKind.SupplierEstimate },
                new Bill(participant, without, collective.Currency) { Kind = BillKind.WithoutCollective }));
        }

        // An estimate never blocks the run: what it could not price is a warning, reported once.
        issues.AddRange(estimateIssues.Select(i => i.Severity == Severity.Error ? i with { Severity = Severity.Warning } : i).Distinct());
        return (estimates.ToImmutable(), issues.ToImmutable());
    }

    private static ImmutableArray<BillLine> Lines(Collective collective, BillingPeriod period, Participant participant,
        ImmutableArray<Energy> local, ImmutableArray<Energy> grid, string fta, string option, RateTable rates, ImmutableArray<Issue>.Builder issues)
    {
        var currency = collective.Currency;
        var lines = new List<BillLine>();
        lines.AddRange(SupplyLines(period, participant.SupplierPrice!.Value, grid, rates));
        lines.AddRange(TurpeLines.Fixed(period, participant, option, rates, currency, issues));
        string ClassOf(LocalDateTime start) =>
            NetworkTariff.ClassOf(fta, start, TariffClasses.InForce(collective.LocalPrices, start.Date)?.OffPeak ?? []);
        if (option.EndsWith(NetworkTariff.AccSuffix, StringComparison.Ordinal))
        {
            lines.AddRange(TurpeLines.Energy(period, RateComponents.TurpeEnergyAutoproduced, "TURPE énergie autoproduite", local, ClassOf, option, rates, currency));
            lines.AddRange(TurpeLines.Energy(period, RateComponents.TurpeEnergyAlloproduced, "TURPE énergie alloproduite", grid, ClassOf, option, rates, currency));
        }
        else
        {
            var measured = local.Zip(grid, (l, g) => l + g).ToImmutableArray();
            lines.AddRange(TurpeLines.Energy(period, RateComponents.TurpeEnergy, "TURPE part énergie", measured, ClassOf, option, rates, currency));
        }

        lines.AddRange(AcciseLines.Of(period, participant, grid, zeroRate: false, rates, currency,
            day => rates.Find(RateComponents.Vat, RateComponents.VatEnergy, string.Empty, day), issues));
        lines.AddRange(VatLines.Of(lines, currency));
        return [.. lines];
    }

    private static IEnumerable<BillLine> SupplyLines(BillingPeriod period, UnitPrice price, ImmutableArray<Energy> grid, RateTable rates)
    {
        var (groups, _) = StepSums.SumBy(period, grid, start => rates.Find(RateComponents.Vat, RateComponents.VatEnergy, string.Empty, start.Date));
        return groups.Select(g => new BillLine(SupplyCode, "Énergie fournisseur (complément)", string.Empty, g.Energy, price, Rounding.Line(price * g.Energy))
        {
            From = g.From,
            To = g.To,
            Vat = g.Key,
        });
    }
}
