using System.Collections.Immutable;

namespace Daisee.Billing.SampleGenerator.Sites;

/// <summary>
/// Gives consumers static keys proportional to their subscribed power, truncated to four
/// decimals, the remainder going to the first consumer with the largest key, so the keys
/// add up to exactly 1.
/// </summary>
public static class StaticKeys
{
    public static ImmutableArray<ParticipantSpec> Assign(IReadOnlyList<ParticipantSpec> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        decimal totalKva = participants.Where(p => p.Role == ParticipantRole.Consumer).Sum(p => p.SubscribedKva);
        var keys = participants
            .Select(p => p.Role == ParticipantRole.Consumer ? Math.Truncate(p.SubscribedKva / totalKva * 10000m) / 10000m : 0m)
            .ToArray();
        decimal remainder = 1m - keys.Sum();
        int largest = Array.IndexOf(keys, keys.Max());
        keys[largest] += remainder;

        var result = ImmutableArray.CreateBuilder<ParticipantSpec>(participants.Count);
        for (int i = 0; i < participants.Count; i++)
        {
            ParticipantSpec p = participants[i];
            result.Add(p.Role == ParticipantRole.Consumer ? p with { StaticKey = keys[i] } : p);
        }

        return result.MoveToImmutable();
    }
}
