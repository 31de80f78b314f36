using System.Diagnostics;

namespace Daisee.Billing.Worker;

/// <summary>
/// Elapsed time per pipeline stage, for the scale benchmark (<c>--timings</c>). A monotonic
/// stopwatch, never the clock: nothing of it reaches an output file.
/// </summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed, TimeSpan Cpu)> _stages = [];
    private long _mark = Stopwatch.GetTimestamp();
    private TimeSpan _cpuMark = Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>Closes the stage that ran since the previous mark (or since construction).</summary>
    public void Mark(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        _stages.Add((stage, Stopwatch.GetElapsedTime(_mark, now), cpu - _cpuMark));
        (_mark, _cpuMark) = (now, cpu);
    }

    /// <summary>Each stage's wall time and the CPU time (user + system, every thread) the process spent in it: steadier than wall time on a shared machine.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed, TimeSpan Cpu)> Stages => _stages;
}
