namespace Daisee.Billing.Requester.Runners;

/// <summary>The runners <c>--runner</c> accepts.</summary>
public static class RunnerNames
{
    public const string Local = "local";

    public const string Docker = "docker";

    public const string Iexec = "iexec";

    public static readonly string[] All = [Local, Docker, Iexec];

    /// <summary>Builds the runner for a name; runners that need configuration read it here.</summary>
    public static IWorkerRunner Create(string name) => name switch
    {
        Local => LocalRunner.Beside(),
        Docker => new DockerRunner(DockerRunnerOptions.FromEnvironment(Environment.GetEnvironmentVariable)),
        Iexec => IexecRunner.FromEnvironment(Spectre.Console.AnsiConsole.Console),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown runner."),
    };
}
