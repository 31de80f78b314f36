using System.Collections.Immutable;

namespace Daisee.Billing.Worker.Forecast.Keys;

/// <summary>What <see cref="KeysChecker"/> found in one keys file: its data lines, the month's steps, and every problem (sorted: by line, then the missing steps and members by step).</summary>
public sealed record KeysCheckReport(string Source, int DataLines, int Steps, ImmutableArray<KeysProblem> Problems)
{
    public bool Accepted => Problems.IsEmpty;
}
