using NodaTime;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// One forecast problem on the history grid: learn from the steps before <see cref="TrainEnd"/>
/// (exclusive, never beyond the history), predict the <see cref="TargetCount"/> steps from
/// <see cref="TargetStart"/> (which may lie after the history: a future month). Local calendar
/// facts of each step (local day, step of the day, day type) are computed once here.
/// </summary>
public sealed class ForecastWindow
{
    private readonly Dictionary<int, (LocalDate Day, int Slot, int DayType, int Weekday)> _calendar = [];
    private readonly Dictionary<int, double[]> _sun = [];

    public ForecastWindow(History history, Site site, DateTimeZone zone, int targetStart, int targetCount)
    {
        History = history;
        Site = site;
        Zone = zone;
        TargetStart = targetStart;
        TargetCount = targetCount;
        TrainEnd = Math.Clamp(targetStart, 0, history.Count);
    }

    public History History { get; }

    public Site Site { get; }

    public DateTimeZone Zone { get; }

    public int TrainEnd { get; }

    public int TargetStart { get; }

    public int TargetCount { get; }

    public int StepsPerDay => (int)(Duration.FromDays(1).TotalTicks / History.Step.TotalTicks);

    /// <summary>Slots of a local day: enough for a 25-hour day.</summary>
    public int Slots => StepsPerDay + (StepsPerDay / 24);

    public IEnumerable<int> Targets => Enumerable.Range(TargetStart, TargetCount);

    /// <summary>
    /// Training indices of the series: its last <paramref name="days"/> days of measured steps
    /// before <see cref="TrainEnd"/> (skipping months without data), oldest first.
    /// </summary>
    public IEnumerable<int> Training(HistorySeries series, int days)
    {
        var wanted = days * StepsPerDay;
        var found = new List<int>(wanted);
        for (var i = TrainEnd - 1; i >= 0 && found.Count < wanted; i--)
        {
            if (!double.IsNaN(Value(series, i)))
            {
                found.Add(i);
            }
        }

        found.Reverse();
        return found;
    }

    public (LocalDate Day, int Slot, int DayType, int Weekday) Calendar(int index)
    {
        if (!_calendar.TryGetValue(index, out var value))
        {
            var local = History.StepStart(index).InZone(Zone);
            var day = local.Date;
            var slot = (int)((local.ToInstant() - Zone.AtStartOfDay(day).ToInstant()).TotalTicks / History.Step.TotalTicks);
            value = (day, Math.Min(slot, Slots - 1), DayTypes.Of(day), DayTypes.WeekdayOf(day));
            _calendar[index] = value;
        }

        return value;
    }

    public double[] Sun(int index)
    {
        if (!_sun.TryGetValue(index, out var value))
        {
            value = ClearSky.Features(History.StepStart(index), History.Step, Site);
            _sun[index] = value;
        }

        return value;
    }

    public static double Value(HistorySeries series, int index) =>
        index >= 0 && index < series.Values.Length ? series.Values[index] : double.NaN;
}
