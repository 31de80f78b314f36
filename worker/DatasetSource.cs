using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;

/// <summary>
/// The dataset as entries: a zip (the iExec dataset file) or a plain folder (local runs), plus
/// input files under <c>inputs/</c>. Folders are walked without following any link; only what
/// the file system reports with a size is opened (a FIFO or device reads as empty), and each
/// file is cut at the size it had when listed. Every entry then passes <see cref="EntryCheck"/>.
/// </summary>
internal sealed class DatasetSource : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public ImmutableArray<DatasetEntry> Entries { get; private set; } = [];

    public ImmutableArray<Issue> Issues { get; private set; } = [];

    public static DatasetSource Open(WorkerArguments options)
    {
        var source = new DatasetSource();
        var root = options.Dataset ?? (options.Issues.Any(i => i.Source == "IEXEC_DATASET_FILENAME") ? null : options.InputFolder);
        if (root is not null)
        {
            source.AddRoot(root);
        }
        else
        {
            source.Issues = source.Issues.Add(new Issue(Severity.Error, IssueCodes.DatasetUnreadable, "arguments", 0,
                "No dataset: set IEXEC_DATASET_FILENAME (with IEXEC_IN) or pass --dataset <zip or folder>."));
        }

        var inputs = options.InputFiles.Select(f => File(f, $"inputs/{Path.GetFileName(f)}")).OfType<EntryCandidate>().ToList();
        var (entries, issues) = EntryCheck.Verify(inputs, "IEXEC_INPUT_FILES", concurrent: true);
        source.Entries = source.Entries.AddRange(entries);
        source.Issues = source.Issues.AddRange(issues);
        return source;
    }

    public void Dispose() => _owned.ForEach(d => d.Dispose());

    private void AddRoot(string root)
    {
        if (Directory.Exists(root))
        {
            var (entries, issues) = EntryCheck.Verify(Walk(root), Path.GetFileName(root.TrimEnd('/')), concurrent: true);
            Entries = Entries.AddRange(entries);
            Issues = Issues.AddRange(issues);
            return;
        }

        try
        {
            var zip = ZipDataset.Open(System.IO.File.OpenRead(root), Path.GetFileName(root));
            _owned.Add(zip);
            Entries = Entries.AddRange(zip.Entries);
            Issues = Issues.AddRange(zip.Issues);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
        {
            Issues = Issues.Add(new Issue(Severity.Error, IssueCodes.DatasetUnreadable, Path.GetFileName(root), 0,
                $"The dataset '{Path.GetFileName(root)}' is neither a folder nor a readable zip: {TextBound.Quote(e.Message)}"));
        }
    }

    /// <summary>Every file under the root, links and all, without following any link; stops past <see cref="EntryCheck.MaxEntries"/>.</summary>
    private static List<EntryCandidate> Walk(string root)
    {
        var result = new List<EntryCandidate>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.Count > 0 && result.Count <= EntryCheck.MaxEntries)
        {
            foreach (var item in pending.Pop().EnumerateFileSystemInfos())
            {
                var name = Path.GetRelativePath(root, item.FullName);
                if (item.LinkTarget is not null)
                {
                    result.Add(new EntryCandidate(name, 0, () => Stream.Null) { Refusal = "symbolic link (links are never followed)" });
                }
                else if (item is DirectoryInfo directory)
                {
                    pending.Push(directory);
                }
                else if (File(item.FullName, name) is { } file)
                {
                    result.Add(file);
                }
            }
        }

        return result;
    }

    private static EntryCandidate? File(string path, string name)
    {
        var info = new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null)
        {
            return null;
        }

        if (info.LinkTarget is not null)
        {
            return new EntryCandidate(name, 0, () => Stream.Null) { Refusal = "symbolic link (links are never followed)" };
        }

        var length = info.Length;
        return new EntryCandidate(name, length, () => length == 0 ? Stream.Null : new BoundedStream(System.IO.File.OpenRead(path), length));
    }
}
