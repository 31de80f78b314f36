using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Tests.Allocation;

/// <summary>The exact per-step identities every split must satisfy (DESIGN, issue 4).</summary>
public static class AllocationAssert
{
    public static void Local(AllocationResult result, int n, long expectedWattHours, Direction side = Direction.Consumption, int step = 0) =>
        Assert.That(Entry(result, n, side).Local[step].MilliwattHours, Is.EqualTo(expectedWattHours * 1000), $"local of P{n} ({side})");

    public static long LocalMilli(AllocationResult result, int n, Direction side = Direction.Consumption, int step = 0) =>
        Entry(result, n, side).Local[step].MilliwattHours;

    public static ParticipantAllocation Entry(AllocationResult result, int n, Direction side = Direction.Consumption) =>
        result.Participants.Single(p => p.Participant.Prm == ScenarioBuilder.PrmOf(n) && p.Side == side);

    /// <summary>Returns a description of the first broken identity, or null when all hold at every step.</summary>
    public static string? FirstViolation(AllocationResult result)
    {
        var consumers = result.Consumers.ToArray();
        var producers = result.Producers.ToArray();
        for (var t = 0; t < result.Period.StepCount; t++)
        {
            var day = result.Period.LocalDateOf(t);
            long cons = 0, prod = 0, autocons = 0, autoprod = 0;
            foreach (var c in consumers)
            {
                var member = c.Participant.Membership.Covers(day);
                if (c.Local[t].MilliwattHours < 0 || c.Local[t] > c.Measured[t] || c.Measured[t] != c.Local[t] + c.Grid[t] || (!member && c.Local[t].MilliwattHours != 0))
                {
                    return $"step {t}: consumer {c.Participant.Prm} measured {c.Measured[t]} local {c.Local[t]} grid {c.Grid[t]} member {member}";
                }

                cons += member ? c.Measured[t].MilliwattHours : 0;
                autocons += c.Local[t].MilliwattHours;
            }

            foreach (var p in producers)
            {
                var member = p.Participant.Membership.Covers(day);
                if (p.Local[t].MilliwattHours < 0 || p.Local[t] > p.Measured[t] || p.Measured[t] != p.Local[t] + p.Grid[t] || (!member && p.Local[t].MilliwattHours != 0))
                {
                    return $"step {t}: producer {p.Participant.Prm} measured {p.Measured[t]} local {p.Local[t]} grid {p.Grid[t]} member {member}";
                }

                prod += member ? p.Measured[t].MilliwattHours : 0;
                autoprod += p.Local[t].MilliwattHours;
            }

            if (autocons != autoprod || autocons > Math.Min(prod, cons))
            {
                return $"step {t}: Σautocons {autocons} Σautoprod {autoprod} Σprod {prod} Σcons {cons}";
            }
        }

        return null;
    }

    public static void Exact(AllocationResult result) => Assert.That(FirstViolation(result), Is.Null);
}
