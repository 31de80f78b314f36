using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Naive local stamps (no offset) → instants in the collective's zone. A stamp in the skipped
/// spring hour does not exist (null). A stamp in the repeated autumn hour is resolved by order:
/// the first time a meter's file shows it, it is the earlier instant (summer offset); the
/// second time, the later one (winter offset). This follows the grid operator, which writes
/// the 50 half-hours of that day in chronological order.
/// </summary>
public sealed class LocalStampResolver(DateTimeZone zone)
{
    private readonly Dictionary<(Prm, Direction, LocalDateTime), int> _seen = [];

    public Instant? Resolve(Prm prm, Direction direction, LocalDateTime local)
    {
        var mapping = zone.MapLocal(local);
        if (mapping.Count == 0)
        {
            return null;
        }

        if (mapping.Count == 1)
        {
            return mapping.Single().ToInstant();
        }

        var key = (prm, direction, local);
        var occurrence = _seen.TryGetValue(key, out var n) ? n : 0;
        _seen[key] = occurrence + 1;
        return occurrence == 0 ? mapping.First().ToInstant() : mapping.Last().ToInstant();
    }
}
