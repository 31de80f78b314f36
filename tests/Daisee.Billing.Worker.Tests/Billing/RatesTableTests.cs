using Daisee.Billing.Worker.Billing;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>The rates table has no hole: every component runs without a gap from its first date through today (2026-12-01).</summary>
public sealed class RatesTableTests
{
    private static readonly LocalDate Today = new(2026, 12, 1);

    [Test]
    public void Embedded_EveryComponent_HasNoGapFromItsFirstDateThroughToday()
    {
        var gaps = new List<string>();
        foreach (var group in RateTable.Embedded.Entries.GroupBy(e => (e.Component, e.Option, e.TimeClass)))
        {
            var rows = group.OrderBy(e => e.From).ToList();
            for (var i = 1; i < rows.Count; i++)
            {
                if (rows[i - 1].To is not { } to || to.PlusDays(1) != rows[i].From)
                {
                    gaps.Add($"{group.Key}: {rows[i - 1].To} → {rows[i].From}");
                }
            }

            if (!rows[^1].Covers(Today))
            {
                gaps.Add($"{group.Key}: ends {rows[^1].To}");
            }
        }

        Assert.That(gaps, Is.Empty);
    }
}
