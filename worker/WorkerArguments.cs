using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;

/// <summary>
/// Arguments and iExec variables, merged: flags win over variables. File names from the
/// variables (IEXEC_DATASET_FILENAME, IEXEC_INPUT_FILE_NAME_n) must be plain names inside
/// IEXEC_IN; at most <see cref="MaxInputFiles"/> input files are read. What is refused is an issue.
/// </summary>
internal sealed record WorkerArguments(string? Month, string? InputFolder, string? OutputFolder, string? Dataset, ImmutableArray<string> InputFiles)
{
    public const int MaxInputFiles = 100;

    public ImmutableArray<Issue> Issues { get; init; } = [];

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

        var issues = ImmutableArray.CreateBuilder<Issue>();
        var input = Flag("--in") ?? env("IEXEC_IN");
        var datasetName = env("IEXEC_DATASET_FILENAME");
        var dataset = Flag("--dataset") ?? (string.IsNullOrEmpty(datasetName) || input is null ? null : Inside(input, datasetName, "IEXEC_DATASET_FILENAME", issues));
        var count = int.TryParse(env("IEXEC_INPUT_FILES_NUMBER"), out var n) ? n : 0;
        if (count > MaxInputFiles)
        {
            issues.Add(new Issue(Severity.Warning, IssueCodes.ArgumentInvalid, "IEXEC_INPUT_FILES_NUMBER", 0,
                $"IEXEC_INPUT_FILES_NUMBER is {count}, more than the {MaxInputFiles} input files a task may bring; only the first {MaxInputFiles} were read.") { Field = "IEXEC_INPUT_FILES_NUMBER" });
            count = MaxInputFiles;
        }

        var inputFiles = ImmutableArray.CreateBuilder<string>();
        for (var i = 1; i <= count && input is not null; i++)
        {
            if (env($"IEXEC_INPUT_FILE_NAME_{i}") is { Length: > 0 } name && Inside(input, name, $"IEXEC_INPUT_FILE_NAME_{i}", issues) is { } path)
            {
                inputFiles.Add(path);
            }
        }

        return new WorkerArguments(Flag("--month"), input, Flag("--out") ?? env("IEXEC_OUT"), dataset, inputFiles.ToImmutable()) { Issues = issues.ToImmutable(), IssueDate = Flag("--issue-date"), Reason = Flag("--reason") };
    }

    /// <summary>The path of a plain file name inside IEXEC_IN; null (with an issue) for any name that would leave it.</summary>
    private static string? Inside(string folder, string name, string variable, ImmutableArray<Issue>.Builder issues)
    {
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name is "." or ".." || name.Any(char.IsControl))
        {
            issues.Add(new Issue(Severity.Warning, IssueCodes.DatasetEntryRefused, variable, 0,
                $"{variable} '{TextBound.Quote(name)}' is not a plain file name inside IEXEC_IN; it was not read.") { Field = variable });
            return null;
        }

        return Path.Combine(folder, name);
    }
}
