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
    public static Energy ToEnergy(decimal value, PointUnit unit, Duration step) => unit switch
    {
        PointUnit.Watts => PowerToEnergy.FromWatts(value, step),
        PointUnit.Kilowatts => PowerToEnergy.FromWatts(value * 1000m, step),
        PointUnit.WattHours => new Energy((long)decimal.Round(value * 1000m, 0, MidpointRounding.AwayFromZero)),
        _ => new Energy((long)decimal.Round(value * 1_000_000m, 0, MidpointRounding.AwayFromZero)),
    };

    public static string Name(PointUnit unit) => unit switch
    {
        PointUnit.Watts => "W",
        PointUnit.Kilowatts => "kW",
        PointUnit.WattHours => "Wh",
        _ => "kWh",
    };
}
