using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The local-energy invoices of a period. Each member's autoconsumed energy is split among the
/// plants exactly (<see cref="SellerSplit"/>); each plant's part is billed by its seller at the
/// collective's price per (price set, class), with the excise of the plant's interpretation;
/// the monthly fee goes to the PMO's seller (or the first seller). VAT per seller and rate,
/// only for VAT-registered sellers. <c>per-seller</c>: one invoice per seller and member;
/// <c>pmo-mandate</c>: one invoice per member issued by the PMO on behalf of the sellers.
/// </summary>
public static class InvoiceCalculator
{
    public const string FeeCode = "MONTHLY_FEE";

    public static (ImmutableArray<Invoice> Invoices, ImmutableArray<Issue> Issues) Calculate(Collective collective, AllocationResult allocation, RateTable rates, LocalDate? issueDate)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var producers = allocation.Producers.ToArray();
        var consumers = allocation.Consumers.ToArray();
        var sold = SellerSplit.Split(allocation.Period, producers, consumers);
        var sellers = InvoiceSellers.Of(collective, producers.Select(p => p.Participant), issues);
        var zero = producers.Select(p => ProducerExcise.ZeroRate(p.Participant, collective, issues)).ToArray();
        var names = Pseudonyms.Of(collective);
        var keys = new LineKeys(collective, allocation.Period, rates);
        var energy = new Energy[allocation.Period.StepCount];
        var drafts = new List<(Seller Issuer, Participant Buyer, ImmutableArray<BillLine> Lines, ImmutableArray<Seller> Principals)>();
        for (var c = 0; c < consumers.Length; c++)
        {
            var bySeller = new SortedDictionary<string, List<BillLine>>(StringComparer.Ordinal);
            for (var p = 0; p < producers.Length; p++)
            {
                var seller = sellers.SellerOf(producers[p].Participant);
                var part = sold[p][c];
                for (var t = 0; t < energy.Length; t++)
                {
                    energy[t] = new Energy(part[t]);
                }

                var lines = ProducerLines(keys, consumers[c].Participant, producers[p].Participant, energy, zero[p], seller, names, issues);
                Add(bySeller, seller.Id, lines);
            }

            var feeSeller = sellers.FeeSeller;
            Add(bySeller, feeSeller.Id, FeeLines(collective, allocation.Period, consumers[c].Participant, rates, InvoiceSellers.ChargesVat(feeSeller)).Select(l => l with { SellerId = feeSeller.Id }));
            var withVat = bySeller.ToDictionary(kv => kv.Key, kv => kv.Value.Concat(VatLines.Of(kv.Value, collective.Currency).Select(v => v with { SellerId = kv.Key })).ToImmutableArray());
            if (collective.Invoicing.Mode == InvoicingMode.PmoMandate && withVat.Count > 0)
            {
                drafts.Add((sellers.Pmo, consumers[c].Participant, [.. withVat.OrderBy(kv => kv.Key, StringComparer.Ordinal).SelectMany(kv => kv.Value)],
                    [.. withVat.Keys.Order(StringComparer.Ordinal).Select(sellers.ById)]));
            }
            else
            {
                drafts.AddRange(withVat.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (sellers.ById(kv.Key), consumers[c].Participant, kv.Value, ImmutableArray<Seller>.Empty)));
            }
        }

        var issue = InvoiceDates.IssueDate(allocation.Period, collective.Invoicing, issueDate);
        var due = InvoiceDates.DueDate(issue, collective.Invoicing);
        var invoices = drafts.GroupBy(d => d.Issuer.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(d => d.Buyer.Prm).Select((d, i) =>
                new Invoice(InvoiceDates.Number(d.Issuer, allocation.Period, i + 1), d.Issuer, d.Buyer, issue, due, d.Lines, collective.Currency) { Principals = d.Principals }))
            .OrderBy(i => i.Buyer.Prm).ThenBy(i => i.Issuer.Id, StringComparer.Ordinal);
        return ([.. invoices], issues.ToImmutable());
    }

    private static void Add(SortedDictionary<string, List<BillLine>> bySeller, string sellerId, IEnumerable<BillLine> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        if (!bySeller.TryGetValue(sellerId, out var existing))
        {
            bySeller[sellerId] = existing = [];
        }

        existing.AddRange(list);
    }

    /// <remarks>The lines are built here, before <paramref name="energy"/> (a buffer reused for the next pair) changes.</remarks>
    private static List<BillLine> ProducerLines(LineKeys keys, Participant consumer, Participant producer, ReadOnlySpan<Energy> energy,
        bool zeroRate, Seller seller, ImmutableSortedDictionary<Prm, string> names, ImmutableArray<Issue>.Builder issues)
    {
        var (collective, period, rates) = (keys.Collective, keys.Period, keys.Rates);
        var vat = InvoiceSellers.ChargesVat(seller);
        var vatOf = StepSums.OncePerDay(day => vat ? rates.Find(RateComponents.Vat, RateComponents.VatEnergy, string.Empty, day) : null);
        RateEntry? VatOf(LocalDate day) => vatOf(day);
        var (groups, unpriced) = StepSums.SumBy(keys.Energy(vat), energy);
        if (unpriced.MilliwattHours > 0)
        {
            issues.Add(new Issue(Severity.Error, IssueCodes.NotBillable, "collective.json", 0,
                $"PRM {consumer.Prm}: {unpriced} of local energy fall before the first localPrices.from date; add a price set that covers {period.Name}.")
            { Field = "localPrices[0].from", Prm = consumer.Prm });
        }

        var plant = names[producer.Prm];
        var lines = groups.OrderBy(g => g.Key.From).ThenBy(g => g.Key.Class, StringComparer.Ordinal).ThenBy(g => g.From).Select(g =>
        {
            var price = collective.LocalPrices.Single(p => p.From == g.Key.From).Classes[g.Key.Class];
            return new BillLine(Bill.LocalEnergyCode, $"Énergie locale {g.Key.Class} ({plant})", g.Key.Class, g.Energy, price, Rounding.Line(price * g.Energy))
            {
                From = g.From,
                To = g.To,
                Vat = g.Key.Vat,
            };
        }).ToList();
        if (collective.Regulated.Accise)
        {
            lines.AddRange(AcciseLines.Of(period, consumer, keys.Accise(consumer, zeroRate), energy, collective.Currency, VatOf, issues)
                .Select(l => l with { Label = $"{l.Label} ({plant})" }));
        }

        return [.. lines.Select(l => l with { SellerId = seller.Id, ProducerPrm = producer.Prm })];
    }

    private static IEnumerable<BillLine> FeeLines(Collective collective, BillingPeriod period, Participant participant, RateTable rates, bool vat)
    {
        var daysInMonth = period.Month.ToDateInterval().Length;
        var segments = DaySegments.Of(DaySegments.DaysOf(period.Month), day =>
            participant.Membership.Covers(day) && TariffClasses.InForce(collective.LocalPrices, day) is { MonthlyFee: { } fee } prices
                ? new FeeKey(prices.From, fee, vat ? rates.Find(RateComponents.Vat, RateComponents.VatFixed, string.Empty, day) : null)
                : null);
        return segments.Select(s => new BillLine(FeeCode, "Abonnement mensuel à l'opération (prorata des jours de participation)", Rounding.ProRataMonth(s.Key.Fee, s.Days, daysInMonth))
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

    /// <summary>The price set and class (and the VAT rate) of every step, per VAT treatment, and the excise rate of every step, per band: computed once per period, shared by every member and plant.</summary>
    private sealed class LineKeys(Collective collective, BillingPeriod period, RateTable rates)
    {
        private readonly Dictionary<bool, StepKeys<EnergyKey>> _energy = [];
        private readonly Dictionary<(string Band, bool ZeroRate), StepKeys<RateEntry>> _accise = [];

        public Collective Collective => collective;

        public BillingPeriod Period => period;

        public RateTable Rates => rates;

        public StepKeys<EnergyKey> Energy(bool vat)
        {
            if (!_energy.TryGetValue(vat, out var keys))
            {
                var vatOf = StepSums.OncePerDay(day => vat ? rates.Find(RateComponents.Vat, RateComponents.VatEnergy, string.Empty, day) : null);
                var pricesOf = StepSums.OncePerDay(day => TariffClasses.InForce(collective.LocalPrices, day));
                _energy[vat] = keys = StepSums.Classify(period, start =>
                    pricesOf(start.Date) is { } prices ? new EnergyKey(prices.From, TariffClasses.ClassOf(prices, start), vatOf(start.Date)) : null);
            }

            return keys;
        }

        public StepKeys<RateEntry> Accise(Participant consumer, bool zeroRate)
        {
            var band = RateComponents.AcciseBand(consumer.SubscribedKva);
            if (!_accise.TryGetValue((band, zeroRate), out var keys))
            {
                _accise[(band, zeroRate)] = keys = AcciseLines.Keys(period, consumer, zeroRate, rates);
            }

            return keys;
        }
    }

    private sealed record EnergyKey(LocalDate From, string Class, RateEntry? Vat);

    private sealed record FeeKey(LocalDate From, Money Fee, RateEntry? Vat);
}
