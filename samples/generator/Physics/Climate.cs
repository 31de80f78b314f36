using System.Collections.Immutable;
using NodaTime;

namespace Daisee.Billing.SampleGenerator.Physics;

/// <summary>
/// Weather lookup by local date. Each calendar year is generated whole from the seed, so a
/// day's weather does not depend on which months were asked for.
/// </summary>
public sealed class Climate
{
    private readonly ulong _seed;
    private readonly Dictionary<int, ImmutableArray<DayWeather>> _years = [];

    public Climate(ulong seed) => _seed = seed;

    public DayWeather Day(LocalDate date)
    {
        if (!_years.TryGetValue(date.Year, out ImmutableArray<DayWeather> days))
        {
            days = WeatherYear.Generate(_seed, date.Year);
            _years.Add(date.Year, days);
        }

        return days[date.DayOfYear - 1];
    }
}
