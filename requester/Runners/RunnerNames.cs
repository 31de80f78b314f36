namespace Daisee.Billing.Requester.Runners;

/// <summary>The runners <c>--runner</c> accepts.</summary>
public static class RunnerNames
{
    public const string Local = "local";

    public static readonly string[] All = [Local];

    /// <summary>Builds the runner for a name; runners that need configuration read it here.</summary>
    public static IWorkerRunner Create(string name) => name switch
    {
        Local => LocalRunner.Beside(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown runner."),
    };
}
