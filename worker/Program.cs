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
    var dataset = DatasetSource.Open(options);
    BillingOutcome outcome;
    using (dataset)
    {
        outcome = BillingPipeline.Run(new BillingRequest(options.Month ?? string.Empty, dataset.Entries, dataset.Issues) { IssueDate = options.IssueDate, Reason = options.Reason });
    }

    foreach (var (name, bytes) in outcome.Files)
    {
        await File.WriteAllBytesAsync(Path.Combine(options.OutputFolder, name), bytes);
    }

    await File.WriteAllBytesAsync(Path.Combine(options.OutputFolder, ComputedJson.FileName), ComputedJson.Write(options.OutputFolder, outcome.ErrorMessage));
    Console.WriteLine(outcome.Rejected
        ? $"daisee-worker: input rejected: {outcome.ErrorMessage}"
        : $"daisee-worker: billed {options.Month}: {outcome.Bills.Length} bill(s), {outcome.Conformity.Issues.Length} conformity issue(s).");
    return ExitCodes.Ok;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    await Console.Error.WriteLineAsync($"daisee-worker: cannot write the result in {options.OutputFolder}: {e.Message}");
    return ExitCodes.Failure;
}

/// <summary>Arguments and iExec variables, merged: flags win over variables.</summary>
internal sealed record WorkerArguments(string? Month, string? InputFolder, string? OutputFolder, string? Dataset, ImmutableArray<string> InputFiles)
{
    /// <summary><c>--issue-date YYYY-MM-DD</c>: the invoices' issue date (otherwise the rule of collective.json <c>invoicing.issueDay</c>).</summary>
    public string? IssueDate { get; init; }

    /// <summary><c>--reason TEXT</c>: why a month already billed (dataset folder <c>previous/</c>) is billed again.</summary>
    public string? Reason { get; init; }

    public static WorkerArguments Parse(string[] args, Func<string, string?> env)
    {
        string? Flag(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        var input = Flag("--in") ?? env("IEXEC_IN");
        var datasetName = env("IEXEC_DATASET_FILENAME");
        var dataset = Flag("--dataset") ?? (string.IsNullOrEmpty(datasetName) || input is null ? null : Path.Combine(input, datasetName));
        var count = int.TryParse(env("IEXEC_INPUT_FILES_NUMBER"), out var n) ? n : 0;
        var inputFiles = Enumerable.Range(1, Math.Max(0, count))
            .Select(i => env($"IEXEC_INPUT_FILE_NAME_{i}"))
            .Where(f => !string.IsNullOrEmpty(f) && input is not null)
            .Select(f => Path.Combine(input!, f!))
            .ToImmutableArray();
        return new WorkerArguments(Flag("--month"), input, Flag("--out") ?? env("IEXEC_OUT"), dataset, inputFiles) { IssueDate = Flag("--issue-date"), Reason = Flag("--reason") };
    }
}

/// <summary>The dataset as entries: a zip (the iExec dataset file) or a plain folder (local runs), plus input files under <c>inputs/</c>.</summary>
internal sealed class DatasetSource : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public ImmutableArray<DatasetEntry> Entries { get; private set; } = [];

    public ImmutableArray<Issue> Issues { get; private set; } = [];

    public static DatasetSource Open(WorkerArguments options)
    {
        var source = new DatasetSource();
        var root = options.Dataset ?? options.InputFolder;
        if (root is not null)
        {
            source.AddRoot(root);
        }
        else
        {
            source.Issues = source.Issues.Add(new Issue(Severity.Error, IssueCodes.DatasetUnreadable, "arguments", 0,
                "No dataset: set IEXEC_DATASET_FILENAME (with IEXEC_IN) or pass --dataset <zip or folder>."));
        }

        foreach (var file in options.InputFiles.Where(File.Exists))
        {
            source.Entries = source.Entries.Add(FileEntry($"inputs/{Path.GetFileName(file)}", file));
        }

        return source;
    }

    public void Dispose() => _owned.ForEach(d => d.Dispose());

    private void AddRoot(string root)
    {
        if (Directory.Exists(root))
        {
            Entries = Entries.AddRange(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => FileEntry(Path.GetRelativePath(root, f).Replace('\\', '/'), f))
                .OrderBy(e => e.Path, StringComparer.Ordinal));
            return;
        }

        try
        {
            var zip = ZipDataset.Open(File.OpenRead(root), Path.GetFileName(root));
            _owned.Add(zip);
            Entries = Entries.AddRange(zip.Entries);
            Issues = Issues.AddRange(zip.Issues);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Issues = Issues.Add(new Issue(Severity.Error, IssueCodes.DatasetUnreadable, Path.GetFileName(root), 0,
                $"The dataset '{Path.GetFileName(root)}' is neither a folder nor a readable zip: {e.Message}"));
        }
    }

    private static DatasetEntry FileEntry(string path, string file) => new(path, new FileInfo(file).Length, () => File.OpenRead(file));
}
