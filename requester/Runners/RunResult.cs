namespace Daisee.Billing.Requester.Runners;

/// <summary>How a worker run ended: its exit code, its logs, and where its result is.</summary>
public sealed record RunResult(int ExitCode, string OutputFolder, string StandardOutput, string StandardError);
