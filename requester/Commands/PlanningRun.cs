using System.Text.Json;
using Daisee.Billing.Requester.Runners;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>Runs one of the worker's planning modes (forecast, backtest, simulate) with a runner and opens the JSON file it wrote.</summary>
public static class PlanningRun
{
    /// <summary>The parsed output file, or the exit code to return when the run failed or was rejected.</summary>
    public static async Task<(JsonDocument? Document, int ExitCode)> RunAsync(IAnsiConsole console, IWorkerRunner runner, RunRequest request, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(request);
        RunResult result = null!;
        await console.Status().StartAsync($"Running the worker ({runner.Name}) on {request.Dataset}…", async _ =>
            result = await runner.RunAsync(request, cancellationToken));
        if (result.ExitCode != 0)
        {
            console.MarkupLine($"[red]The worker failed (exit code {result.ExitCode}).[/] Its error output:");
            console.WriteLine(result.StandardError);
            return (null, result.ExitCode == ExitCodes.VerificationFailed ? ExitCodes.VerificationFailed : ExitCodes.Failure);
        }

        var error = ErrorMessage(result.OutputFolder);
        var path = Path.Combine(result.OutputFolder, fileName);
        if (error is not null || !File.Exists(path))
        {
            console.MarkupLine($"[red]Input rejected:[/] {Markup.Escape(error ?? $"no {fileName} was written")}");
            console.MarkupLine("Fix what conformity.csv lists, then run the same command again.");
            return (null, ExitCodes.Rejected);
        }

        return (JsonDocument.Parse(await File.ReadAllBytesAsync(path, cancellationToken)), ExitCodes.Ok);
    }

    private static string? ErrorMessage(string folder)
    {
        var computed = Path.Combine(folder, "computed.json");
        if (!File.Exists(computed))
        {
            return "the worker wrote no computed.json";
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(computed));
        return json.RootElement.TryGetProperty("error-message", out var message) ? message.GetString() : null;
    }
}
