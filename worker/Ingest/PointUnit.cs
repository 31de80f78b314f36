namespace Daisee.Billing.Worker.Ingest;

/// <summary>The unit of a point value: an average power over the step (W, kW) or an energy over the step (Wh, kWh).</summary>
public enum PointUnit
{
    Watts,
    Kilowatts,
    WattHours,
    KilowattHours,
}
