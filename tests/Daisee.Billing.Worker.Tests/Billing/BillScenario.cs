using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>
/// One producer and one consumer over a month of 60-minute Paris steps. The consumer's local
/// (autoconsumed) and grid energy are set per local hour of every member day, so that hand
/// computations are simple: e.g. 1000 Wh local at 12:00 each day of June = 30 kWh.
/// </summary>
public sealed class BillScenario
{
    public static readonly Prm ProducerPrm = Prm.Parse("30000000000001");
    public static readonly Prm ConsumerPrm = Prm.Parse("30000000000011");

    private readonly Dictionary<int, (long LocalWh, long GridWh)> _hours = [];

    public BillScenario(YearMonth month) => Period = new BillingPeriod(month, DateTimeZoneProviders.Tzdb["Europe/Paris"], 60);

    public BillingPeriod Period { get; }

    public Participant Consumer { get; set; } = new(ConsumerPrm, "Foyer Test", Role.Consumer, default)
    {
        SubscribedKva = 6m,
        SupplierPrice = UnitPrice.EurosPerKwh(0.20m),
        TariffOption = "base",
        TurpeFta = "BTINFCUST",
        NetworkOffPeak = [new TimeRange(new LocalTime(22, 0), new LocalTime(6, 0))],
    };

    /// <summary>The producer's seller: VAT-registered unless a test says otherwise.</summary>
    public Seller Seller { get; set; } = new("roof", "SCI Toiture Test", "1 rue du Test, 69100 Villeurbanne", "81234567800015", VatRegime.Standard, "TT") { VatNumber = "FR27812345678" };

    public InvoicingRules Invoicing { get; set; } = InvoicingRules.Default;

    public SupplierOffer? DefaultOffer { get; set; }

    public List<LocalPriceSet> Prices { get; } = [];

    public RegulatedOptions Regulated { get; set; } = RegulatedOptions.Default;

    public BillScenario Hour(int hour, long localWh, long gridWh = 0)
    {
        _hours[hour] = (localWh, gridWh);
        return this;
    }

    public BillScenario Price(LocalDate from, params (string Class, decimal Price)[] classes)
    {
        Prices.Add(new LocalPriceSet(from, classes.ToImmutableSortedDictionary(c => c.Class, c => UnitPrice.EurosPerKwh(c.Price), StringComparer.Ordinal),
            [new TimeRange(new LocalTime(22, 0), new LocalTime(6, 0))]));
        return this;
    }

    public Collective Collective
    {
        get
        {
            var producer = new Participant(ProducerPrm, "Toiture", Role.Producer, default)
            {
                SurplusPrice = UnitPrice.EurosPerKwh(0.05m),
                Seller = Seller.Id,
                Renewable = true,
                PeakKwp = 9m,
            };
            return new Collective("Test", "ACC00000001", Period.Zone, 60, "EUR", [producer, Consumer], new AllocationRules(AllocationMethod.Prorata),
                [.. Prices.OrderBy(p => p.From)], Regulated, Policies.Default)
            {
                Sellers = [Seller],
                Invoicing = Invoicing,
                DefaultOffer = DefaultOffer,
            };
        }
    }

    public AllocationResult Allocation
    {
        get
        {
            var local = new Energy[Period.StepCount];
            var grid = new Energy[Period.StepCount];
            for (var t = 0; t < Period.StepCount; t++)
            {
                var start = Period.StepAt(t).Start.InZone(Period.Zone).LocalDateTime;
                if (Consumer.Membership.Covers(start.Date) && _hours.TryGetValue(start.Hour, out var e))
                {
                    local[t] = Energy.FromWattHours(e.LocalWh);
                    grid[t] = Energy.FromWattHours(e.GridWh);
                }
            }

            var consumer = new ParticipantAllocation(Consumer, [.. local.Zip(grid, (l, g) => l + g)], [.. local], [.. grid]);
            var surplus = ImmutableArray.CreateRange(Enumerable.Repeat(Energy.FromWattHours(100), Period.StepCount));
            var producer = new ParticipantAllocation(Collective.Participants[0], [.. local.Zip(surplus, (l, s) => l + s)], [.. local], surplus);
            return new AllocationResult(Period, AllocationMethod.Prorata, [producer, consumer]);
        }
    }

    public Bill LocalInvoice(RateTable? rates = null)
    {
        var (bills, issues) = BillCalculator.Calculate(Collective, Allocation, rates ?? RateTable.Embedded);
        Assert.That(issues, Is.Empty);
        return bills.Single();
    }

    public System.Collections.Immutable.ImmutableArray<Invoice> Invoices(LocalDate? issueDate = null)
    {
        var (invoices, issues) = InvoiceCalculator.Calculate(Collective, Allocation, RateTable.Embedded, issueDate);
        Assert.That(issues, Is.Empty);
        return invoices;
    }

    public SupplierEstimate Estimate(RateTable? rates = null)
    {
        var (estimates, issues) = SupplierEstimator.Calculate(Collective, Allocation, rates ?? RateTable.Embedded);
        Assert.That(issues.Where(i => i.Severity != Severity.Info), Is.Empty);
        return estimates.Single();
    }

    public static decimal Amount(Bill bill, string code, string priceClass = "") =>
        bill.Lines.Where(l => l.Code == code && (priceClass.Length == 0 || l.PriceClass == priceClass)).Sum(l => l.Amount.Amount);
}
