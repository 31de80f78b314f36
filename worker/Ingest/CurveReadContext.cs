using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>What a curve reader needs to know about the collective: its zone (for naive local stamps) and its step.</summary>
public sealed record CurveReadContext(DateTimeZone Zone, int StepMinutes);
