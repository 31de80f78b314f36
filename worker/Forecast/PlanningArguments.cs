using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// The worker's planning modes from <c>iexec_args</c>: <c>--forecast --month YYYY-MM</c>,
/// <c>--backtest --months YYYY-MM..YYYY-MM</c> (or a comma list), <c>--simulate --month
/// YYYY-MM [--policies prorata,static,cascade,current]</c>, <c>--suggest-keys --month YYYY-MM
/// [--goal maximise-local|follow-shares]</c>. <see cref="Error"/> says what is wrong.
/// </summary>
public sealed record PlanningArguments(string Mode, ImmutableArray<YearMonth> Months, ImmutableArray<string> Policies, string? Error)
{
    public const string SuggestKeysMode = "--suggest-keys";

    public const string ForecastMode = "--forecast";
    public const string BacktestMode = "--backtest";
    public const string SimulateMode = "--simulate";

    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.CreateWithInvariantCulture("yyyy'-'MM");

    /// <summary>The goal of <c>--suggest-keys</c> (default maximise-local).</summary>
    public string Goal { get; init; } = Keys.KeyGoal.MaximiseLocal;

    public static bool Requested(IReadOnlyList<string> args) => args.Any(IsMode);

    private static bool IsMode(string a) => a is ForecastMode or BacktestMode or SimulateMode or SuggestKeysMode;

    public static PlanningArguments Parse(IReadOnlyList<string> args)
    {
        var mode = args.First(IsMode);
        string? Flag(string name)
        {
            var i = args.ToList().IndexOf(name);
            return i >= 0 && i + 1 < args.Count ? args[i + 1] : null;
        }

        var text = mode == BacktestMode ? Flag("--months") : Flag("--month");
        var months = ParseMonths(text);
        var policies = (Flag("--policies") ?? "prorata,static,cascade,current").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var error = months.IsDefaultOrEmpty
            ? $"{mode} needs {(mode == BacktestMode ? "--months YYYY-MM..YYYY-MM" : "--month YYYY-MM")}; got '{text}'."
            : policies.FirstOrDefault(p => !PolicyNames.All.Contains(p)) is { } bad ? $"--policies: unknown policy '{bad}' (known: {string.Join(", ", PolicyNames.All)})." : null;
        var goal = Flag("--goal") ?? Keys.KeyGoal.MaximiseLocal;
        error ??= Keys.KeyGoal.IsKnown(goal) ? null : $"--goal must be {Keys.KeyGoal.MaximiseLocal} or {Keys.KeyGoal.FollowShares}; got '{goal}'.";
        return new PlanningArguments(mode, months.IsDefault ? [] : months, [.. policies], error) { Goal = goal };
    }

    private static ImmutableArray<YearMonth> ParseMonths(string? text)
    {
        if (text is null)
        {
            return default;
        }

        var range = text.Split("..");
        if (range.Length == 2 && MonthPattern.Parse(range[0]) is { Success: true } from && MonthPattern.Parse(range[1]) is { Success: true } to && from.Value <= to.Value)
        {
            var list = new List<YearMonth>();
            for (var m = from.Value; m <= to.Value && list.Count < 120; m = m.PlusMonths(1))
            {
                list.Add(m);
            }

            return [.. list];
        }

        var parsed = text.Split(',').Select(t => MonthPattern.Parse(t.Trim())).ToList();
        return parsed.All(p => p.Success) ? [.. parsed.Select(p => p.Value).Distinct().Order()] : default;
    }
}
