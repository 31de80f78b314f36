using System.Collections.Immutable;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>The backtest of several months: scores per method and kind, over all months and per month; months that could not be scored and why.</summary>
public sealed record BacktestReport(ImmutableArray<string> Months, ImmutableArray<BacktestScore> Overall, ImmutableArray<BacktestScore> PerMonth, ImmutableArray<string> Skipped)
{
    public BacktestScore? Score(string method, SeriesKind kind) => Overall.FirstOrDefault(s => s.Method == method && s.Kind == kind);
}
