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

// The files of a run that failed half-way: removed, so that the result holds only the rejection (best effort).
static void RemoveWritten(List<string> paths)
{
    foreach (var path in paths)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"daisee-worker: could not remove {path}: {e.Message}");
        }
    }

    paths.Clear();
}

var timings = args.Contains("--timings") ? new StageTimings() : null;

// A billing run writes each output file into the folder as soon as it is produced (nothing is held
// until the end); the names written are kept so that a run that fails half-way leaves none behind.
var written = new List<string>();
Stream Open(string name)
{
    var path = Path.Combine(options.OutputFolder, name);
    lock (written)
    {
        written.Add(path);
    }

    // Unbuffered: every file comes in whole (a document) or in 64 KB chunks (the step CSV files,
    // CsvBuffer.StreamBufferBytes), so a FileStream buffer would only cost 64 KB of fresh memory per file.
    return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
}

BillingOutcome outcome;
try
{
    using var dataset = DatasetSource.Open(options);
    outcome = Daisee.Billing.Worker.Forecast.PlanningArguments.Requested(args)
        ? Daisee.Billing.Worker.Forecast.PlanningPipeline.Run(args, dataset.Entries, [.. options.Issues, .. dataset.Issues])
        : BillingPipeline.Run(new BillingRequest(options.Month ?? string.Empty, dataset.Entries, [.. options.Issues, .. dataset.Issues]) { IssueDate = options.IssueDate, Reason = options.Reason, Timings = timings, Output = Open });
}
#pragma warning disable CA1031 // The last resort: whatever escaped the stages still ends in a written rejection, never in a crash.
catch (Exception e)
#pragma warning restore CA1031
{
    await Console.Error.WriteLineAsync($"daisee-worker: internal error: {e}");
    RemoveWritten(written);
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
    foreach (var cost in timings?.Stages ?? [])
    {
        await Console.Error.WriteLineAsync(FormattableString.Invariant($"daisee-worker: stage {cost.Stage} {cost.Elapsed.TotalMilliseconds:0} ms"));
        await Console.Error.WriteLineAsync(FormattableString.Invariant($"daisee-worker: stage-cpu {cost.Stage} {cost.Cpu.TotalMilliseconds:0} ms"));
        await Console.Error.WriteLineAsync(FormattableString.Invariant($"daisee-worker: stage-heap {cost.Stage} {cost.AllocatedBytes / 1_000_000} MB allocated, {cost.GcPause.TotalMilliseconds:0} ms in GC pauses"));
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
