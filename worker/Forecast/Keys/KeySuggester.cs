using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Forecast.Keys;

/// <summary>
/// Per-step dynamic-simple coefficients for a month from its forecast (central values):
/// a consumer's coefficient × the forecast production never exceeds its forecast consumption,
/// and Σ ≤ 1. Coefficients are rounded down to <see cref="Decimals"/> decimals, which keeps
/// both bounds. Every consuming member of a step's day gets a line (0 when nothing), so the
/// file passes <see cref="KeysChecker"/>.
/// </summary>
public static class KeySuggester
{
    public const int Decimals = 6;

    public static ImmutableArray<(int Step, Prm Prm, decimal Coefficient)> Suggest(MonthForecast forecast, Collective collective, string goal, IReadOnlyDictionary<Prm, decimal> investment)
    {
        var period = forecast.Period;
        var consumers = collective.Participants.Where(p => p.ConsumesFromCollective).OrderBy(p => p.Prm).ToList();
        var consumption = consumers.ToDictionary(c => c.Prm, c => forecast.Participants.FirstOrDefault(f => f.Participant.Prm == c.Prm && f.Kind == SeriesKind.Consumption));
        var production = forecast.Collective(SeriesKind.Production, p => p.P50);
        var lines = ImmutableArray.CreateBuilder<(int, Prm, decimal)>();
        for (var t = 0; t < period.StepCount; t++)
        {
            var day = period.LocalDateOf(t);
            var members = consumers.Where(c => c.Membership.Covers(day)).ToList();
            var demand = members.Select(m => consumption[m.Prm]?.P50[t].MilliwattHours ?? 0L).ToArray();
            var shares = Shares(members, investment);
            var given = goal == KeyGoal.FollowShares ? FollowShares(production[t].MilliwattHours, demand, shares) : Proportional(production[t].MilliwattHours, demand);
            var coefficients = production[t].MilliwattHours > 0
                ? given.Select(g => Floor(g / production[t].MilliwattHours))
                : (demand.Sum() > 0 ? demand.Select(d => Floor((decimal)d / demand.Sum())) : shares.Select(Floor));
            lines.AddRange(members.Zip(coefficients, (m, c) => (t, m.Prm, c)));
        }

        return lines.ToImmutable();
    }

    /// <summary>The keys file: <c>start,prm,coefficient</c>, UTC step starts, LF, sorted by step then PRM.</summary>
    public static byte[] Csv(BillingPeriod period, ImmutableArray<(int Step, Prm Prm, decimal Coefficient)> lines)
    {
        var text = new StringBuilder("start,prm,coefficient\n");
        foreach (var (step, prm, coefficient) in lines)
        {
            text.Append(NodaTime.Text.InstantPattern.General.Format(period.StepAt(step).Start)).Append(',').Append(prm.Value).Append(',')
                .Append(coefficient.ToString("0.######", CultureInfo.InvariantCulture)).Append('\n');
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    /// <summary>maximise-local: all the production up to the total demand, each member in proportion to its demand.</summary>
    private static decimal[] Proportional(long production, long[] demand)
    {
        var total = Math.Max(production, demand.Sum());
        return [.. demand.Select(d => total == 0 ? 0m : production * (decimal)d / total)];
    }

    /// <summary>follow-shares: water-filling — each round splits what is left by the shares of the members with headroom, capped at their demand.</summary>
    private static decimal[] FollowShares(long production, long[] demand, decimal[] shares)
    {
        var given = new decimal[demand.Length];
        decimal left = production;
        for (var round = 0; round < demand.Length && left > 0m; round++)
        {
            var open = Enumerable.Range(0, demand.Length).Where(i => given[i] < demand[i] && shares[i] > 0m).ToList();
            var weight = open.Sum(i => shares[i]);
            if (weight == 0m)
            {
                break;
            }

            var offered = left;
            foreach (var i in open)
            {
                var take = Math.Min(demand[i] - given[i], offered * shares[i] / weight);
                given[i] += take;
                left -= take;
            }
        }

        return given;
    }

    private static decimal[] Shares(List<Participant> members, IReadOnlyDictionary<Prm, decimal> investment)
    {
        decimal[] raw = members.Any(m => m.StaticKey > 0m) ? [.. members.Select(m => m.StaticKey ?? 0m)]
            : members.Any(m => investment.GetValueOrDefault(m.Prm) > 0m) ? [.. members.Select(m => investment.GetValueOrDefault(m.Prm))]
            : [.. members.Select(_ => 1m)];
        var sum = raw.Sum();
        return [.. raw.Select(r => sum == 0m ? 0m : r / sum)];
    }

    private static decimal Floor(decimal value)
    {
        var scale = 1_000_000m;
        return Math.Floor(Math.Clamp(value, 0m, 1m) * scale) / scale;
    }
}
