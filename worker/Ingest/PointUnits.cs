using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>Unit names as the grid operator writes them, and the one conversion of a point value to energy.</summary>
public static class PointUnits
{
    public static PointUnit? Parse(string? text) => text?.Trim() switch
    {
        "W" or "w" => PointUnit.Watts,
        "kW" or "KW" or "kw" => PointUnit.Kilowatts,
        "Wh" or "WH" or "wh" => PointUnit.WattHours,
        "kWh" or "KWH" or "kwh" => PointUnit.KilowattHours,
        _ => null,
    };

    /// <summary>
    /// Power × step, or energy as is. Average powers go through <see cref="PowerToEnergy"/>;
    /// energies are exact to the mWh and rounded once, half away from zero, beyond.
    /// </summary>
    public static Energy ToEnergy(decimal value, PointUnit unit, Duration step) =>
        TryToEnergy(value, unit, step, out var energy) ? energy : throw new ArgumentOutOfRangeException(nameof(value), value, "The value is out of range.");

    /// <summary>
    /// Like <see cref="ToEnergy"/>; false when the value is negative or beyond what one reading can
    /// hold (an average power over <see cref="Energy.MaxAverageWatts"/>; energies are judged over
    /// <paramref name="step"/>, or over an hour when the step is not known).
    /// </summary>
    public static bool TryToEnergy(decimal value, PointUnit unit, Duration step, out Energy energy)
    {
        energy = Energy.Zero;
        const decimal Ceiling = 1_000_000_000_000_000m;
        if (value < 0m || value > Ceiling)
        {
            return false;
        }

        var span = step == Duration.Zero ? Duration.FromHours(1) : step;
        return unit switch
        {
            PointUnit.Watts => PowerToEnergy.TryFromWatts(value, step, out energy),
            PointUnit.Kilowatts => PowerToEnergy.TryFromWatts(value * 1000m, step, out energy),
            PointUnit.WattHours => Energy.TryFromMilliwattHours(value * 1000m, span, out energy),
            _ => Energy.TryFromMilliwattHours(value * 1_000_000m, span, out energy),
        };
    }

    public static string Name(PointUnit unit) => unit switch
    {
        PointUnit.Watts => "W",
        PointUnit.Kilowatts => "kW",
        PointUnit.WattHours => "Wh",
        _ => "kWh",
    };
}
