namespace Daisee.Billing.Requester.Runners;

/// <summary>The runners <c>--runner</c> accepts.</summary>
public static class RunnerNames
{
    public const string Local = "local";

    public const string Docker = "docker";

    public static readonly string[] All = [Local, Docker];

    /// <summary>Builds the runner for a name; runners that need configuration read it here.</summary>
    public static IWorkerRunner Create(string name) => name switch
    {
        Local => LocalRunner.Beside(),
        Docker => new DockerRunner(DockerRunnerOptions.FromEnvironment(Environment.GetEnvironmentVariable)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown runner."),
    };
}
