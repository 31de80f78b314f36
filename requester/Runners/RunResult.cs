namespace Daisee.Billing.Requester.Runners;

/// <summary>
/// How a worker run ended: its exit code, its logs, and where its result is. An iExec run also names the
/// task it followed (<see cref="TaskId"/>) and, when it failed before the worker's result, the step that
/// failed (<see cref="Step"/>; null when the worker itself failed or succeeded).
/// </summary>
public sealed record RunResult(int ExitCode, string OutputFolder, string StandardOutput, string StandardError)
{
    /// <summary>The iExec task id (0x…) this run bought or followed, once known.</summary>
    public string? TaskId { get; init; }

    /// <summary>The iExec step that failed ("connect to the chain", "match the orders"…), or null.</summary>
    public string? Step { get; init; }
}
