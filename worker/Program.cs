using System.Collections.Immutable;
using Daisee.Billing.Worker;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Output;

// The worker's iExec contract. The only place that reads the environment, touches the file
// system and sets the exit code. Inside an iExec container the variables IEXEC_IN, IEXEC_OUT,
// IEXEC_DATASET_FILENAME and IEXEC_INPUT_FILE_NAME_n are set and the arguments are iexec_args;
// outside, --in/--out/--dataset stand in for them.
var options = WorkerArguments.Parse(args, Environment.GetEnvironmentVariable);
if (options.OutputFolder is null)
{
    await Console.Error.WriteLineAsync("daisee-worker: no output folder: set IEXEC_OUT or pass --out <folder>.");
    return ExitCodes.Usage;
}

try
{
    Directory.CreateDirectory(options.OutputFolder);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    await Console.Error.WriteLineAsync($"daisee-worker: cannot create the output folder {options.OutputFolder}: {e.Message}");
    return ExitCodes.Failure;
}

var timings = args.Contains("--timings") ? new StageTimings() : null;
BillingOutcome outcome;
try
{
    using var dataset = DatasetSource.Open(options);
    outcome = Daisee.Billing.Worker.Forecast.PlanningArguments.Requested(args)
        ? Daisee.Billing.Worker.Forecast.PlanningPipeline.Run(args, dataset.Entries, [.. options.Issues, .. dataset.Issues])
        : BillingPipeline.Run(new BillingRequest(options.Month ?? string.Empty, dataset.Entries, [.. options.Issues, .. dataset.Issues]) { IssueDate = options.IssueDate, Reason = options.Reason, Timings = timings });
}
#pragma warning disable CA1031 // The last resort: whatever escaped the stages still ends in a written rejection, never in a crash.
catch (Exception e)
#pragma warning restore CA1031
{
    await Console.Error.WriteLineAsync($"daisee-worker: internal error: {e}");
    outcome = BillingPipeline.Failed(options.Month ?? string.Empty, $"The worker met an unforeseen problem ({e.GetType().Name}: {TextBound.Quote(e.Message)}); nothing was billed. Please report it with the dataset.");
}

try
{
    foreach (var (name, bytes) in outcome.Files)
    {
        await File.WriteAllBytesAsync(Path.Combine(options.OutputFolder, name), bytes);
    }

    await File.WriteAllBytesAsync(Path.Combine(options.OutputFolder, ComputedJson.FileName), ComputedJson.Write(options.OutputFolder, outcome.ErrorMessage));
    timings?.Mark("write");
    foreach (var (stage, elapsed) in timings?.Stages ?? [])
    {
        await Console.Error.WriteLineAsync(FormattableString.Invariant($"daisee-worker: stage {stage} {elapsed.TotalMilliseconds:0} ms"));
    }

    Console.WriteLine(outcome.Rejected
        ? $"daisee-worker: input rejected: {outcome.ErrorMessage}"
        : Daisee.Billing.Worker.Forecast.PlanningArguments.Requested(args) ? $"daisee-worker: wrote {string.Join(", ", outcome.Files.Keys)}."
        : $"daisee-worker: billed {options.Month}: {outcome.Bills.Length} bill(s), {outcome.Conformity.Issues.Length} conformity issue(s).");
    return ExitCodes.Ok;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    await Console.Error.WriteLineAsync($"daisee-worker: cannot write the result in {options.OutputFolder}: {e.Message}");
    return ExitCodes.Failure;
}
