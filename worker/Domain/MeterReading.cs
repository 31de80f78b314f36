namespace Daisee.Billing.Worker.Domain;

/// <summary>One accepted point of a load curve, normalised: UTC step, energy in mWh, and where it came from.</summary>
public readonly record struct MeterReading(
    Prm Prm,
    Step Step,
    Energy Energy,
    Direction Direction,
    ReadingQuality Quality,
    string Source,
    int Line);
