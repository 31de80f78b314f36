namespace Daisee.Billing.Requester.Results;

/// <summary>
/// Where <c>bill</c> writes: straight into an empty or new <c>--out</c> folder; into <c>&lt;out&gt;.new</c> when
/// <c>--out</c> already holds something, committed only when that is the same result (identical
/// <c>manifest.json</c>) or with <c>--force</c>. A refused result stays in <c>&lt;out&gt;.new</c>: nothing is lost.
/// </summary>
public sealed class OutputFolder
{
    private OutputFolder(string target, string staging, bool occupied) => (Target, Staging, Occupied) = (target, staging, occupied);

    /// <summary>The <c>--out</c> folder.</summary>
    public string Target { get; }

    /// <summary>Where the run writes.</summary>
    public string Staging { get; }

    /// <summary>True when <see cref="Target"/> already held files before the run.</summary>
    public bool Occupied { get; }

    /// <summary>Chooses where a run into <paramref name="target"/> writes.</summary>
    public static OutputFolder Prepare(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var occupied = Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any();
        var staging = occupied ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(target)) + ".new" : target;
        if (occupied && Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        return new OutputFolder(target, staging, occupied);
    }

    /// <summary>Removes the staging folder of a run that gave no result.</summary>
    public void Discard()
    {
        if (Occupied && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }

    /// <summary>Moves the staged result into <see cref="Target"/>; false (with the reason) when that would replace another result without <paramref name="force"/>.</summary>
    public bool Commit(bool force, out string refusal)
    {
        refusal = string.Empty;
        if (!Occupied)
        {
            return true;
        }

        var existing = Path.Combine(Target, "manifest.json");
        var staged = Path.Combine(Staging, "manifest.json");
        var same = File.Exists(existing) && File.Exists(staged) && File.ReadAllBytes(existing).AsSpan().SequenceEqual(File.ReadAllBytes(staged));
        if (!same && !force)
        {
            var why = File.Exists(existing) ? "its manifest.json differs" : "it holds files but no manifest.json";
            refusal = $"--out {Target} already holds another result ({why}): it was left untouched and the new result is in {Staging}. Use --force to replace it, or choose another --out.";
            return false;
        }

        Directory.Delete(Target, recursive: true);
        Directory.Move(Staging, Target);
        return true;
    }
}
