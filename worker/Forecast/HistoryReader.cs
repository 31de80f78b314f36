using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Builds the <see cref="History"/> of a dataset with the billing engine's own curve readers
/// (every format they detect, under <c>curves/</c> and <c>inputs/</c>). Readings of PRMs the
/// collective does not know are left out; a duplicate step keeps its first reading; the
/// conformity findings go to the caller's log. The optional <c>weather/</c> files come with it.
/// </summary>
public static class HistoryReader
{
    public static History Read(IEnumerable<DatasetEntry> dataset, Collective collective, ConformityLog log)
    {
        var entries = dataset.ToList();
        var context = new CurveReadContext(collective.Zone, collective.StepMinutes)
        {
            DirectionOf = prm => collective.Find(prm)?.Role switch { Role.Consumer => Direction.Consumption, Role.Producer => Direction.Production, _ => null },
        };
        var step = Duration.FromMinutes(collective.StepMinutes);
        var points = new SortedDictionary<(Prm, SeriesKind), SortedDictionary<Instant, long>>();
        foreach (var entry in entries.Where(e => DatasetReader.CurveFolders.Any(f => e.Path.StartsWith(f, StringComparison.Ordinal))).OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            foreach (var reading in CurveFileReader.Default.Read(entry, context, log).Where(r => r.Step.Length == step && collective.Find(r.Prm) is not null))
            {
                var key = (reading.Prm, reading.Direction == Direction.Production ? SeriesKind.Production : SeriesKind.Consumption);
                var curve = points.TryGetValue(key, out var c) ? c : points[key] = [];
                curve.TryAdd(reading.Step.Start, reading.Energy.MilliwattHours);
            }
        }

        if (points.Count == 0)
        {
            return new History(Instant.FromUnixTimeTicks(0), step, 0, []);
        }

        var first = points.Values.Min(p => p.Keys.First());
        var last = points.Values.Max(p => p.Keys.Last());
        var count = checked((int)((last - first).TotalTicks / step.TotalTicks) + 1);
        var series = points.Select(p => new HistorySeries(collective.Find(p.Key.Item1)!, p.Key.Item2, Grid(p.Value, first, step, count)));
        return new History(first, step, count, [.. series]) { Weather = WeatherReader.Read(entries, collective, log) };
    }

    private static ImmutableArray<double> Grid(SortedDictionary<Instant, long> values, Instant first, Duration step, int count)
    {
        var grid = new double[count];
        Array.Fill(grid, double.NaN);
        foreach (var (start, mwh) in values)
        {
            var ticks = (start - first).TotalTicks;
            if (ticks % step.TotalTicks == 0)
            {
                grid[(int)(ticks / step.TotalTicks)] = mwh;
            }
        }

        return [.. grid];
    }
}
