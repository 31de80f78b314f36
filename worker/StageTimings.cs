using System.Diagnostics;

namespace Daisee.Billing.Worker;

/// <summary>
/// Elapsed time per pipeline stage, for the scale benchmark (<c>--timings</c>). A monotonic
/// stopwatch, never the clock: nothing of it reaches an output file.
/// </summary>
public sealed class StageTimings
{
    private readonly List<StageCost> _stages = [];
    private long _mark = Stopwatch.GetTimestamp();
    private TimeSpan _cpuMark = Process.GetCurrentProcess().TotalProcessorTime;
    private long _allocatedMark = GC.GetTotalAllocatedBytes();
    private TimeSpan _pauseMark = GC.GetTotalPauseDuration();

    /// <summary>Closes the stage that ran since the previous mark (or since construction).</summary>
    public void Mark(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var pause = GC.GetTotalPauseDuration();
        _stages.Add(new StageCost(stage, Stopwatch.GetElapsedTime(_mark, now), cpu - _cpuMark, allocated - _allocatedMark, pause - _pauseMark));
        (_mark, _cpuMark, _allocatedMark, _pauseMark) = (now, cpu, allocated, pause);
    }

    /// <summary>Each stage's costs, in the order the stages ran.</summary>
    public IReadOnlyList<StageCost> Stages => _stages;
}

/// <summary>
/// What one stage cost: wall time; CPU time (user + system, every thread: steadier than wall time
/// on a shared machine); bytes allocated on the managed heap (every thread); garbage-collection pauses.
/// </summary>
public sealed record StageCost(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long AllocatedBytes, TimeSpan GcPause);
