using System.Collections.Immutable;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>A series' forecast over a window's target steps, in mWh: the 10 % and 90 % quantiles and the central value (median).</summary>
public sealed record SeriesForecast(ImmutableArray<double> P10, ImmutableArray<double> P50, ImmutableArray<double> P90)
{
    public static SeriesForecast Point(double[] values) => new([.. values], [.. values], [.. values]);
}
