using System.Collections.Immutable;
using NodaTime;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Measured (or forecast) weather of the site per step of the collective, from the dataset's
/// optional <c>weather/</c> files (<see cref="WeatherReader"/>): the mean global horizontal
/// irradiance of the step (W/m²) and the air temperature (°C, absent when not given), keyed by
/// the step's UTC start. Empty when the dataset has no weather file.
/// </summary>
public sealed record Weather(ImmutableSortedDictionary<Instant, double> GhiWattsPerSquareMetre, ImmutableSortedDictionary<Instant, double> TemperatureCelsius)
{
    public static readonly Weather None = new(ImmutableSortedDictionary<Instant, double>.Empty, ImmutableSortedDictionary<Instant, double>.Empty);

    public bool IsEmpty => GhiWattsPerSquareMetre.IsEmpty;

    /// <summary>The step's irradiance, or NaN when the files do not cover it.</summary>
    public double Ghi(Instant stepStart) => GhiWattsPerSquareMetre.TryGetValue(stepStart, out var value) ? value : double.NaN;
}
