using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Allocation;

/// <summary>
/// Builds a collective and its curves in memory for allocation tests: a month of 60-minute
/// steps (Paris), participants with their per-step values in Wh (or mWh) from step 0, zeros after.
/// </summary>
public sealed class ScenarioBuilder
{
    public static readonly YearMonth Month = new(2026, 2);

    private readonly List<Participant> _participants = [];
    private readonly Dictionary<Prm, long[]> _values = [];
    private readonly Dictionary<Prm, long[]> _discharge = [];

    public ScenarioBuilder(AllocationMethod method = AllocationMethod.Prorata) => Rules = new AllocationRules(method);

    public AllocationRules Rules { get; set; }

    /// <summary>One base price from the start of the month, so that bills can be computed.</summary>
    public static LocalPriceSet BasePrice { get; } = new(new LocalDate(2026, 1, 1),
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("base", new UnitPrice(0.15m, "EUR"))]), []);

    public BillingPeriod Period { get; } = new(Month, DateTimeZoneProviders.Tzdb["Europe/Paris"], 60);

    public static Prm PrmOf(int n) => Prm.Parse($"3000000000{n:0000}");

    public ScenarioBuilder Add(int n, Role role, params long[] wattHours) => AddMilli(n, role, null, [.. wattHours.Select(w => w * 1000)]);

    /// <summary>A participant with its curve in mWh (and, for storage, its discharge curve).</summary>
    public ScenarioBuilder Add(Participant participant, long[] milliwattHours, long[]? dischargeMilliwattHours = null)
    {
        _participants.Add(participant);
        _values[participant.Prm] = milliwattHours;
        if (dischargeMilliwattHours is not null)
        {
            _discharge[participant.Prm] = dischargeMilliwattHours;
        }

        return this;
    }

    public ScenarioBuilder AddMilli(int n, Role role, Func<Participant, Participant>? configure, params long[] milliwattHours)
    {
        var p = new Participant(PrmOf(n), $"P{n}", role, default);
        return Add(configure is null ? p : configure(p), milliwattHours);
    }

    /// <summary>A storage PRM: charge (consumption) and discharge (production) curves.</summary>
    public ScenarioBuilder AddStorage(int n, long[] chargeWh, long[] dischargeWh)
    {
        Add(n, Role.Storage, chargeWh);
        _discharge[PrmOf(n)] = [.. dischargeWh.Select(w => w * 1000)];
        return this;
    }

    public Collective Collective => new(
        "Test", "ACC00000001", Period.Zone, Period.StepMinutes, "EUR",
        [.. _participants.OrderBy(p => p.Prm)], Rules, [BasePrice], RegulatedOptions.Default, Policies.Default);

    public CurveSet Curves => new(Period, [.. _participants.OrderBy(p => p.Prm).Select(p => Curve(p, _values[p.Prm]))])
    {
        Discharge = [.. _discharge.OrderBy(d => d.Key).Select(d => Curve(_participants.Single(p => p.Prm == d.Key), d.Value))],
    };

    public AllocationResult Allocate(KeySchedule? schedule = null) => Allocate(Collective, Curves, schedule);

    /// <summary>The same collective with its participants and curves given in another order.</summary>
    public AllocationResult AllocateInOrder(int[] permutation, KeySchedule? schedule = null)
    {
        var sorted = _participants.OrderBy(p => p.Prm).ToArray();
        var order = permutation.Select(i => sorted[i].Prm).ToList();
        var curves = Curves;
        var shuffled = curves with { Curves = [.. curves.Curves.OrderBy(c => order.IndexOf(c.Prm))] };
        var collective = Collective with { Participants = [.. Collective.Participants.OrderBy(p => order.IndexOf(p.Prm))] };
        return Allocate(collective, shuffled, schedule);
    }

    public int Count => _participants.Count;

    private static AllocationResult Allocate(Collective collective, CurveSet curves, KeySchedule? schedule)
    {
        var consumers = Allocator.Consumers(curves).Select(c => c.Participant).ToList();
        var (key, issues) = KeySelection.Create(collective, consumers, schedule);
        Assert.That(issues, Is.Empty);
        return Allocator.Allocate(collective, curves, key!);
    }

    private MeterCurve Curve(Participant p, long[] values)
    {
        var all = new Energy[Period.StepCount];
        for (var t = 0; t < all.Length; t++)
        {
            all[t] = new Energy(t < values.Length ? values[t] : 0);
        }

        return new MeterCurve(p, [.. all], [.. new bool[all.Length]]);
    }
}
