using System.Diagnostics;

namespace Daisee.Billing.Worker;

/// <summary>
/// Elapsed time per pipeline stage, for the scale benchmark (<c>--timings</c>). A monotonic
/// stopwatch, never the clock: nothing of it reaches an output file.
/// </summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];
    private long _mark = Stopwatch.GetTimestamp();

    /// <summary>Closes the stage that ran since the previous mark (or since construction).</summary>
    public void Mark(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        _stages.Add((stage, Stopwatch.GetElapsedTime(_mark, now)));
        _mark = now;
    }

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;
}
