using NodaTime;

namespace Daisee.Billing.SampleGenerator.Simulation;

/// <summary>One metered step: the instant its interval ends, and the average power in W.</summary>
public readonly record struct CurvePoint(Instant End, long Watts);
