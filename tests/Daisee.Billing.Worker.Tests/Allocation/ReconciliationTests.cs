using System.Text;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker.Tests.Allocation;

/// <summary>Arbitration: the grid operator's split prevails, every difference above tolerance is reported.</summary>
public sealed class ReconciliationTests
{
    private static readonly Energy Tolerance = Energy.FromWattHours(1);

    [Test]
    public void Reconcile_OperatorDiffersOnTwoSteps_DifferencesReportedAndBillUsesOperatorValues()
    {
        var builder = Scenario();
        var ours = builder.Allocate();
        var split = OperatorSplit(builder, ours, (t, q, v) => (t, q) switch
        {
            (1, SplitQuantity.Autocons) => v - 5_000,
            (1, SplitQuantity.Complement) => v + 5_000,
            (2, SplitQuantity.Autocons) => v + 300_000 < 0 ? v : v - 300_000,
            (2, SplitQuantity.Complement) => v + 300_000,
            (3, SplitQuantity.Autocons) => v - 500,
            (3, SplitQuantity.Complement) => v + 500,
            _ => v,
        });
        var log = new ConformityLog();

        var result = Reconciler.Reconcile(ours, split, [], 0, Tolerance, log);

        Assert.That(result.Differences.Select(d => (d.Step.Start, d.Quantity)), Is.EquivalentTo(new[]
        {
            (builder.Period.StepAt(1).Start, SplitQuantity.Autocons), (builder.Period.StepAt(1).Start, SplitQuantity.Complement),
            (builder.Period.StepAt(2).Start, SplitQuantity.Autocons), (builder.Period.StepAt(2).Start, SplitQuantity.Complement),
        }));
        Assert.That(result.Differences.All(d => d.Prm == ScenarioBuilder.PrmOf(11)), Is.True);
        Assert.That(result.BilledOn, Is.EqualTo("operator-split"));
        var billed = result.Billed.Consumers.Single(c => c.Participant.Prm == ScenarioBuilder.PrmOf(11));
        var engine = ours.Consumers.Single(c => c.Participant.Prm == ScenarioBuilder.PrmOf(11));
        Assert.That(billed.LocalTotal.MilliwattHours, Is.EqualTo(engine.LocalTotal.MilliwattHours - 5_000 - 300_000 - 500));
        Assert.That(log.ToReport().Issues.Count(i => i.Code == IssueCodes.ReconciliationDifference), Is.EqualTo(1));

        var (bills, _) = BillCalculator.Calculate(builder.Collective, result.Billed);
        var bill = bills.Single(b => b.Participant.Prm == ScenarioBuilder.PrmOf(11) && b.Kind == BillKind.LocalInvoice);
        Assert.That(bill.LocalEnergy, Is.EqualTo(billed.LocalTotal));
    }

    [Test]
    public void Write_Differences_OneCsvRowEachWithSignedDifference()
    {
        var builder = Scenario();
        var ours = builder.Allocate();
        var split = OperatorSplit(builder, ours, (t, q, v) => t == 1 && q == SplitQuantity.Autoprod ? v + 2_500 : v);

        var result = Reconciler.Reconcile(ours, split, [], 0, Tolerance, new ConformityLog());
        var lines = Encoding.UTF8.GetString(ReconciliationCsvWriter.Write(result)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines, Is.EqualTo(new[]
        {
            ReconciliationCsvWriter.Header,
            "2026-02-01T00:00:00Z,30000000000001,autoprod,engine,3000,3002.5,-2.5",
        }));
    }

    [Test]
    public void Reconcile_IdenticalSplit_NothingReportedAndBilledValuesUnchanged()
    {
        var builder = Scenario();
        var ours = builder.Allocate();

        var result = Reconciler.Reconcile(ours, OperatorSplit(builder, ours, (_, _, v) => v), [], 0, Tolerance, new ConformityLog());

        Assert.That(result.Differences, Is.Empty);
        Assert.That(result.SplitSupplied, Is.True);
        Assert.That(result.Billed.Participants.Select(p => p.Local), Is.EqualTo(ours.Participants.Select(p => p.Local)).AsCollection);
    }

    [Test]
    public void Reconcile_OperatorTripleDoesNotAddUp_CountedAndMeasuredIsLocalPlusGrid()
    {
        var builder = Scenario();
        var ours = builder.Allocate();
        var split = OperatorSplit(builder, ours, (t, q, v) => t == 0 && q == SplitQuantity.Cons ? v + 7_000 : v);
        var log = new ConformityLog();

        var result = Reconciler.Reconcile(ours, split, [], 0, Tolerance, log);

        var entry = result.Billed.Consumers.Single(c => c.Participant.Prm == ScenarioBuilder.PrmOf(11));
        Assert.That(result.SplitInconsistencies, Is.EqualTo(1));
        Assert.That(entry.Measured[0], Is.EqualTo(entry.Local[0] + entry.Grid[0]));
        Assert.That(log.ToReport().Issues.Select(i => i.Code), Does.Contain(IssueCodes.SplitInconsistent));
    }

    [Test]
    public void Build_FifteenMinuteSplitInThirtyMinuteGrid_SummedIntoTheStepUnusedValuesReported()
    {
        var period = new BillingPeriod(ScenarioBuilder.Month, NodaTime.DateTimeZoneProviders.Tzdb["Europe/Paris"], 30);
        var prm = ScenarioBuilder.PrmOf(11);
        var quarter = NodaTime.Duration.FromMinutes(15);
        var start = period.StartInstant;
        var log = new ConformityLog();
        SplitReading[] readings =
        [
            new(prm, new Step(start, quarter), SplitQuantity.Autocons, new Energy(100), "enedis-acc/a.csv", 2),
            new(prm, new Step(start + quarter, quarter), SplitQuantity.Autocons, new Energy(50), "enedis-acc/a.csv", 3),
            new(prm, new Step(start + quarter, quarter), SplitQuantity.Autocons, new Energy(50), "enedis-acc/a.csv", 4),
            new(ScenarioBuilder.PrmOf(99), new Step(start, quarter), SplitQuantity.Autocons, new Energy(1), "enedis-acc/a.csv", 5),
        ];

        var table = SplitTable.Build(readings, period, new HashSet<Prm> { prm }, log);

        Assert.That(table.Get(prm, SplitQuantity.Autocons, 0), Is.EqualTo(150));
        Assert.That(table.Count, Is.EqualTo(2));
        Assert.That(log.ToReport().Issues.Select(i => i.Code), Is.EquivalentTo(new[] { IssueCodes.DuplicateConflicting, IssueCodes.PrmUnknown }));
    }

    [Test]
    public void Compare_SiteMeterOffByTwoWattHoursOnOneStep_ReportedAsSiteDifference()
    {
        var builder = Scenario();
        var curves = builder.Curves;
        var prm = ScenarioBuilder.PrmOf(11);
        var site = Enumerable.Range(0, 4).Select(t => new MeterReading(prm, builder.Period.StepAt(t),
            curves.Curves.Single(c => c.Prm == prm).Values[t] + new Energy(t == 2 ? 2_000 : 400), Direction.Consumption, ReadingQuality.Measured, "site/11.csv", t + 3));
        var log = new ConformityLog();

        var (differences, compared) = SiteComparer.Compare(curves, site, Tolerance, log);

        Assert.That(compared, Is.EqualTo(4));
        Assert.That(differences.Single().Step.Start, Is.EqualTo(builder.Period.StepAt(2).Start));
        Assert.That(differences.Single().Difference, Is.EqualTo(new Energy(2_000)));
        Assert.That(differences.Single().Compared, Is.EqualTo(ReconciliationDifference.Site));
        Assert.That(log.ToReport().Issues.Select(i => i.Code), Does.Contain(IssueCodes.SiteDifference));
    }

    private static ScenarioBuilder Scenario() => new ScenarioBuilder()
        .Add(1, Role.Producer, 2000, 3000, 1000, 500)
        .Add(11, Role.Consumer, 1500, 2500, 1500, 400)
        .Add(12, Role.Consumer, 1000, 1000, 500, 300);

    /// <summary>The operator's split of the first four steps: our values, those of consumer 11 and the producer changed by <paramref name="change"/>(step, quantity, mWh).</summary>
    private static List<SplitReading> OperatorSplit(ScenarioBuilder builder, AllocationResult ours, Func<int, SplitQuantity, long, long> change)
    {
        var readings = new List<SplitReading>();
        foreach (var p in ours.Participants)
        {
            var (m, l, g) = Reconciler.Quantities(p.Side);
            for (var t = 0; t < 4; t++)
            {
                foreach (var (q, v) in new[] { (m, p.Measured[t]), (l, p.Local[t]), (g, p.Grid[t]) })
                {
                    var changed = p.Participant.Prm == ScenarioBuilder.PrmOf(11) || p.Side == Direction.Production ? change(t, q, v.MilliwattHours) : v.MilliwattHours;
                    readings.Add(new SplitReading(p.Participant.Prm, builder.Period.StepAt(t), q, new Energy(changed), "enedis-acc/split.csv", readings.Count + 2));
                }
            }
        }

        return readings;
    }
}
