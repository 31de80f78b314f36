using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Average power over a step → energy. Exact for 15, 30 and 60-minute steps and integer
/// watts (W × minutes × 1000 / 60 mWh). Any other case (10-minute steps, fractional kW) is
/// rounded once, here, to the nearest mWh, half away from zero.
/// </summary>
public static class PowerToEnergy
{
    public static Energy FromWatts(decimal watts, Duration step)
    {
        var milliwattHours = watts * (decimal)step.TotalMinutes * 1000m / 60m;
        return new Energy((long)decimal.Round(milliwattHours, 0, MidpointRounding.AwayFromZero));
    }
}
