using System.Diagnostics;

namespace Daisee.Billing.Worker.Tests.Support;

/// <summary>Runs the real worker binary (built beside the tests) as a child process, as the requester's local runner and an iExec worker do.</summary>
public static class WorkerProcess
{
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "daisee-worker.dll");

    public static (int ExitCode, string Stdout, string Stderr) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Assembly, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in new[] { "IEXEC_IN", "IEXEC_OUT", "IEXEC_DATASET_FILENAME", "IEXEC_INPUT_FILES_NUMBER" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The worker did not finish within 2 minutes.");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
