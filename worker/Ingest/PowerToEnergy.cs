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
    public static Energy FromWatts(decimal watts, Duration step) =>
        TryFromWatts(watts, step, out var energy) ? energy : throw new ArgumentOutOfRangeException(nameof(watts), watts, "The power is outside 0 to 1 GW.");

    /// <summary>False when the power is negative or above <see cref="Energy.MaxAverageWatts"/> (checked before any product, so nothing overflows).</summary>
    public static bool TryFromWatts(decimal watts, Duration step, out Energy energy)
    {
        energy = Energy.Zero;
        return watts >= 0m && watts <= Energy.MaxAverageWatts
            && Energy.TryFromMilliwattHours(watts * (decimal)step.TotalMinutes * 1000m / 60m, step, out energy);
    }
}
