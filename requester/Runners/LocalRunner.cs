using System.Diagnostics;
using Daisee.Billing.Requester.Datasets;

namespace Daisee.Billing.Requester.Runners;

/// <summary>
/// Runs the worker binary shipped beside the requester as a child process, with the iExec
/// contract: the dataset packed as a zip in a temporary <c>IEXEC_IN</c>, the result in
/// <c>IEXEC_OUT</c>, the arguments as <c>iexec_args</c>. No chain, no Docker.
/// </summary>
public sealed class LocalRunner(string workerAssembly) : IWorkerRunner
{
    public const string WorkerAssemblyName = "daisee-worker.dll";

    public static LocalRunner Beside() => new(Path.Combine(AppContext.BaseDirectory, WorkerAssemblyName));

    public string Name => "local";

    public async Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        if (!File.Exists(workerAssembly))
        {
            throw new FileNotFoundException($"The worker binary {workerAssembly} is missing; rebuild the requester (dotnet build requester).", workerAssembly);
        }

        var input = Directory.CreateTempSubdirectory("daisee-in-");
        try
        {
            var datasetName = DatasetPackager.DefaultFileName;
            await DatasetPackager.PackAsync(request.Dataset, Path.Combine(input.FullName, datasetName), cancellationToken);
            Directory.CreateDirectory(request.OutputFolder);
            var start = new ProcessStartInfo(DotnetHost(), ["exec", workerAssembly, .. request.Arguments])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["IEXEC_IN"] = input.FullName;
            start.Environment["IEXEC_OUT"] = Path.GetFullPath(request.OutputFolder);
            start.Environment["IEXEC_DATASET_FILENAME"] = datasetName;
            start.Environment["IEXEC_INPUT_FILES_NUMBER"] = "0";
            using var process = Process.Start(start) ?? throw new InvalidOperationException("The worker process could not start.");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return new RunResult(process.ExitCode, request.OutputFolder, await stdout, await stderr);
        }
        finally
        {
            input.Delete(recursive: true);
        }
    }

    /// <summary>The dotnet host running us (tests and <c>dotnet run</c>), else <c>dotnet</c> from PATH.</summary>
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var process = Environment.ProcessPath;
        return process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
    }
}
