using System.Collections.Immutable;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// The files of one result, by name, in ordinal order. Every name is at most
/// <see cref="MaxNameLength"/> characters (iExec's limit on result file names).
/// </summary>
public sealed class OutputSet
{
    public const int MaxNameLength = 31;

    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public void Add(string name, byte[] content)
    {
        var fileName = name.Split('/')[^1];
        if (fileName.Length > MaxNameLength)
        {
            throw new ArgumentException($"Output file name '{fileName}' is longer than {MaxNameLength} characters.", nameof(name));
        }

        if (!_files.TryAdd(name, content))
        {
            throw new ArgumentException($"Output file '{name}' written twice.", nameof(name));
        }
    }

    public ImmutableSortedDictionary<string, byte[]> Files => _files.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
