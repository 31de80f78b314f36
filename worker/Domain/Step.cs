using NodaTime;

namespace Daisee.Billing.Worker.Domain;

/// <summary>One metering interval: an aligned UTC start instant and its length (10, 15, 30 or 60 minutes).</summary>
public readonly record struct Step(Instant Start, Duration Length)
{
    public Instant End => Start + Length;

    public static bool IsSupportedLength(int minutes) => minutes is 10 or 15 or 30 or 60;

    public override string ToString() => $"{Start}/{Length.TotalMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture)}min";
}
