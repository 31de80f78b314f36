using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// What the allocation stage needs from the dataset besides the curves, read by Ingest: the
/// keys file's coefficients (null when the method needs none, or when the file is missing or its
/// header unusable: <see cref="KeysUsable"/> false), the provider's own meter readings
/// (<c>site/</c>) and the grid operator's definitive split (<c>enedis-acc/</c>).
/// </summary>
public sealed record AllocationInputs(ImmutableArray<KeyCoefficient>? Keys, bool KeysUsable, ImmutableArray<MeterReading> Site, ImmutableArray<SplitReading> Split)
{
    public static readonly AllocationInputs None = new(null, true, [], []);
}
