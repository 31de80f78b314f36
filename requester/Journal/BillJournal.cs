using System.Text;
using System.Text.Json;

namespace Daisee.Billing.Requester.Journal;

/// <summary>
/// The purchases of one wallet (<c>&lt;folder&gt;/&lt;address&gt;.json</c>, default folder <c>~/.daisee/journal</c>,
/// <c>DAISEE_JOURNAL_DIR</c> overrides it): what <c>bill --runner iexec</c> bought, so that the same bill run
/// again follows its deal instead of paying twice. Every write goes to a temporary file beside it, then
/// replaces the journal in one rename: a reader never sees half a file.
/// </summary>
public sealed class BillJournal(string path)
{
    /// <summary>The variable naming the journal folder.</summary>
    public const string FolderVariable = "DAISEE_JOURNAL_DIR";

    /// <summary>The journal file.</summary>
    public string Path { get; } = path;

    /// <summary>The journal of <paramref name="wallet"/> (0x address) in <paramref name="folder"/>.</summary>
    public static BillJournal For(string folder, string wallet) => new(System.IO.Path.Combine(folder, wallet.ToLowerInvariant() + ".json"));

    /// <summary>The journal folder from the environment: <c>DAISEE_JOURNAL_DIR</c>, else <c>~/.daisee/journal</c>.</summary>
    public static string Folder(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment(FolderVariable) is { Length: > 0 } folder
            ? folder
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".daisee", "journal");
    }

    /// <summary>Every entry, oldest first; none when the file does not exist yet.</summary>
    public IReadOnlyList<JournalEntry> Read()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(Path), JournalJson.Default.JournalDocument)?.Entries ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The bill journal {Path} is not readable ({e.Message}): move it away to start a new one (its deals stay on chain).", e);
        }
    }

    /// <summary>The latest entry for the same request as <paramref name="key"/>, if any.</summary>
    public JournalEntry? Find(JournalEntry key) => Read().LastOrDefault(e => e.SameRequest(key));

    /// <summary>The latest entry for <paramref name="taskId"/>, if any.</summary>
    public JournalEntry? FindTask(string taskId) => Read().LastOrDefault(e => string.Equals(e.TaskId, taskId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Records <paramref name="entry"/>: replaces the entry of the same deal, or appends it.</summary>
    public void Write(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entries = Read().Where(e => !string.Equals(e.DealId, entry.DealId, StringComparison.Ordinal)).Append(entry).ToList();
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var json = JsonSerializer.Serialize(new JournalDocument(1, entries), JournalJson.Default.JournalDocument).ReplaceLineEndings("\n") + "\n";
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, json, new UTF8Encoding(false));
        File.Move(temporary, Path, overwrite: true);
    }
}
