namespace Daisee.Billing.Requester.Runners;

/// <summary>Where the worker runs (child process, Docker, an iExec workerpool). The verbs stay the same.</summary>
public interface IWorkerRunner
{
    string Name { get; }

    Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken);
}
